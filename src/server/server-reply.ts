import type { HttpResponse } from '../http/message'
import type { ServerState } from './server-state'
import type { ServerStep } from './server-step'

/** The monolith's answer to one request: the response, its new state, and what it did. */
export interface ServerReply {
  readonly response: HttpResponse
  readonly server: ServerState
  readonly steps: readonly ServerStep[]
}
