import { applyResponse } from '../../browser/apply-response'
import { buildRequest } from '../../browser/build-request'
import type { Exchange } from '../../trace/exchange'
import type { SendToServer } from '../send-to-server'
import type { World } from '../world'

/** What the page's script asks the browser to send. */
export interface PageRequest {
  readonly method: string
  readonly path: string
  readonly jsonBody?: unknown
  readonly bodyText?: string
  readonly bearerToken?: string | null
}

/**
 * One round trip as it happens in a browser: the browser builds the request from
 * its jar, the server answers, the browser applies the response. The exchange is
 * recorded with both sides' state before and after, so the views can compare.
 */
export async function sendFromPage(
  world: World,
  pageRequest: PageRequest,
  send: SendToServer,
): Promise<{ world: World; exchange: Exchange }> {
  const { request } = buildRequest(world.browser, pageRequest, world.now)
  const reply = await send(request, world.server, world.now)
  const { browser, outcomes } = applyResponse(
    world.browser,
    request.url,
    reply.response,
    world.now,
  )
  const exchange: Exchange = {
    id: world.trace.length + 1,
    sentAt: world.now,
    request,
    response: reply.response,
    serverSteps: reply.steps,
    cookieOutcomes: outcomes,
    browserBefore: world.browser,
    browserAfter: browser,
    serverBefore: world.server,
    serverAfter: reply.server,
  }
  return {
    world: { ...world, server: reply.server, browser, trace: [...world.trace, exchange] },
    exchange,
  }
}

/** The response body as JSON, or null when it is not JSON. */
export function readJsonBody(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.response.body)
  } catch {
    return null
  }
}
