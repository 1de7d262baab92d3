import type { BrowserState } from '../browser/browser-state'
import type { CookieOutcome } from '../browser/cookie-outcome'
import type { HttpRequest, HttpResponse } from '../http/message'
import type { ServerState } from '../server/server-state'
import type { ServerStep } from '../server/server-step'

/** One request and its response, with everything that happened on each side. */
export interface Exchange {
  readonly id: number
  /** Virtual-clock milliseconds when the request was sent. */
  readonly sentAt: number
  readonly request: HttpRequest
  readonly response: HttpResponse
  readonly serverSteps: readonly ServerStep[]
  /** What the browser did with each `Set-Cookie` field of the response. */
  readonly cookieOutcomes: readonly CookieOutcome[]
  readonly browserBefore: BrowserState
  readonly browserAfter: BrowserState
  readonly serverBefore: ServerState
  readonly serverAfter: ServerState
}
