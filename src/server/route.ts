import type { HttpRequest } from '../http/message'
import type { ServerReply } from './server-reply'
import type { ServerState } from './server-state'

/** What a route handler is given: the state before the request, the request, the time. */
export interface RouteContext {
  readonly state: ServerState
  readonly request: HttpRequest
  /** Virtual-clock milliseconds. */
  readonly now: number
}

/** One endpoint of the monolith. */
export interface Route {
  readonly method: string
  readonly path: string
  /** What the route does, for the learner's list of known routes. */
  readonly summary: string
  readonly handle: (context: RouteContext) => Promise<ServerReply>
}
