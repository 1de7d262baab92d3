import { http } from 'msw'
import type { HttpHandler } from 'msw'
import type { HttpRequest, HttpResponse } from '../http/message'
import { statusText } from '../http/status-text'
import type { ServerReply } from '../server/server-reply'
import type { ServerState } from '../server/server-state'
import {
  ANSWERED_BY_HEADER,
  ANSWERED_BY_MOCK,
  EXCHANGE_ID_HEADER,
  WIRE_REQUEST_HEADER,
  WIRE_RESPONSE_HEADER,
} from './carrier-headers'
import type { ExchangeDesk } from './exchange-desk'
import { modelledUrlFor, monolithRoute } from './monolith-url'
import type { PageSite } from './monolith-url'
import { decodeHeaderList, encodeResponseHead } from './wire-encoding'

/** The mock monolith's entry point, as src/server/handle-request.ts exports it. */
export type HandleRequest = (
  state: ServerState,
  request: HttpRequest,
  now: number,
) => Promise<ServerReply>

/** What the handler needs: where it is mounted, the desk, and the server itself. */
export interface MonolithHandlerOptions {
  readonly site: PageSite
  readonly desk: ExchangeDesk
  readonly handle: HandleRequest
}

// Statuses the Fetch API treats specially: a redirect could be followed, and these
// may not carry a body. The carrier shows 200 for them; the wire head keeps the truth.
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const NULL_BODY_STATUSES = new Set([204, 205, 304])

/**
 * The one msw handler: every request under `<base>monolith/` is rebuilt into the exact
 * modelled request and answered by the mock monolith. The same module serves
 * `setupWorker` in the page and `setupServer` in tests.
 */
export function monolithHandler({
  site,
  desk,
  handle,
}: MonolithHandlerOptions): HttpHandler {
  return http.all(monolithRoute(site), async ({ request }) => {
    const id = request.headers.get(EXCHANGE_ID_HEADER)
    const encodedHeaders = request.headers.get(WIRE_REQUEST_HEADER)
    if (id === null || encodedHeaders === null) return notAnExchange()
    const ticket = desk.claim(id)
    if (ticket === null) return notAnExchange()
    try {
      const wireRequest: HttpRequest = {
        method: request.method,
        url: modelledUrlFor(request.url, site),
        headers: decodeHeaderList(encodedHeaders),
        body: await request.text(),
      }
      const reply = await handle(ticket.server, wireRequest, ticket.now)
      desk.record(id, { ok: true, reply })
      return carrierFor(reply.response)
    } catch (error) {
      // The sender rethrows it: through the transport, a failing server fails the
      // same way as when it is called directly.
      desk.record(id, { ok: false, error })
      return marked(500, 'The mock monolith failed; the page reports why.')
    }
  })
}

/**
 * A real response with no real `Set-Cookie`, so msw's cookie imitation never sees one;
 * the modelled status line and every header field ride encoded in one header.
 */
function carrierFor(response: HttpResponse): Response {
  const status = carrierStatus(response)
  const carrier = new Response(NULL_BODY_STATUSES.has(status) ? null : response.body, {
    status,
    statusText: statusText(status),
  })
  carrier.headers.set(ANSWERED_BY_HEADER, ANSWERED_BY_MOCK)
  carrier.headers.set(WIRE_RESPONSE_HEADER, encodeResponseHead(response))
  return carrier
}

// The server's status where fetch() passes it through untouched, so DevTools shows it.
function carrierStatus({ status, body }: HttpResponse): number {
  const plain =
    status >= 200 &&
    status <= 599 &&
    !REDIRECT_STATUSES.has(status) &&
    !(NULL_BODY_STATUSES.has(status) && body !== '')
  return plain ? status : 200
}

function notAnExchange(): Response {
  return marked(
    400,
    'This path belongs to the mock monolith. Only the Bouncer page sends here, with the ' +
      `${EXCHANGE_ID_HEADER} header of an open exchange; use the page's buttons.`,
  )
}

function marked(status: number, message: string): Response {
  return Response.json(
    { error: 'transport', message },
    { status, headers: { [ANSWERED_BY_HEADER]: ANSWERED_BY_MOCK } },
  )
}
