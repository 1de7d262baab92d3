import type { HttpRequest } from '../http/message'
import { log } from '../log/log'
import { errorResponse } from './json-response'
import { routeRequest } from './router'
import type { ServerReply } from './server-reply'
import type { ServerState } from './server-state'
import { failed } from './steps'

/**
 * The mock monolith: one request in, the response, the new state and the steps
 * taken out. `now` is virtual-clock milliseconds. It never throws: whatever the
 * request, the answer is a JSON error that says what is wrong.
 */
export async function handleRequest(
  state: ServerState,
  request: HttpRequest,
  now: number,
): Promise<ServerReply> {
  let url: URL
  try {
    url = new URL(request.url)
  } catch {
    const message = `The request URL "${request.url}" is not an absolute URL, e.g. https://example.com/profile.`
    return {
      response: errorResponse(400, 'invalid_url', message),
      server: state,
      steps: [failed('request.invalid', message)],
    }
  }
  try {
    return await routeRequest({ state, request, now }, url.pathname)
  } catch (error) {
    // A bug of ours, not the learner's: keep the state as it was and say so.
    log.error('The mock server failed while answering a request', request, error)
    const message = `The server failed while answering ${request.method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}. This is a bug in Bouncer; reset the world to continue.`
    return {
      response: errorResponse(500, 'internal_error', message),
      server: state,
      steps: [],
    }
  }
}
