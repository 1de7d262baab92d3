import { BouncerError } from '../errors/bouncer-error'
import type { HttpRequest } from '../http/message'
import type { SendToServer } from '../world/send-to-server'
import {
  ANSWERED_BY_HEADER,
  ANSWERED_BY_MOCK,
  EXCHANGE_ID_HEADER,
  WIRE_REQUEST_HEADER,
  WIRE_RESPONSE_HEADER,
} from './carrier-headers'
import type { ExchangeDesk } from './exchange-desk'
import { realUrlFor } from './monolith-url'
import type { PageSite } from './monolith-url'
import { decodeResponseHead, encodeHeaderList } from './wire-encoding'
import { methodForbidsBody } from '../http/methods'

/** What the sender needs: where the page is, the desk it shares with the handler. */
export interface FetchSenderOptions {
  readonly site: PageSite
  readonly desk: ExchangeDesk
  /** Why nothing may be sent right now, or null; asked before every request. */
  readonly refusal: () => BouncerError | null
}

/**
 * Sends each modelled request as a real same-origin fetch() for the Service Worker to
 * hand to the mock monolith, and unpacks the modelled response it carries back.
 */
export function fetchSender({ site, desk, refusal }: FetchSenderOptions): SendToServer {
  return async (request, server, now) => {
    const refused = refusal()
    if (refused !== null) throw refused
    const url = realUrlFor(request.url, site)
    if (methodForbidsBody(request.method) && request.body !== '') {
      throw new TypeError(
        `A ${request.method} request cannot carry a body through fetch(); ` +
          'send the body with POST, or leave it empty.',
      )
    }
    const id = desk.open({ server, now })
    try {
      const carrier = await carry(url, request, id)
      if (carrier.headers.get(ANSWERED_BY_HEADER) !== ANSWERED_BY_MOCK) {
        throw escaped(request, carrier)
      }
      const body = await carrier.text()
      const outcome = desk.close(id)
      if (outcome === null) throw unanswered(request, body)
      if (!outcome.ok) throw outcome.error
      const head = decodeResponseHead(carrier.headers.get(WIRE_RESPONSE_HEADER) ?? '')
      const { server: nextServer, steps } = outcome.reply
      return { response: { ...head, body }, server: nextServer, steps }
    } finally {
      desk.close(id)
    }
  }
}

// credentials 'omit': the real browser's cookies play no part; the modelled Cookie
// header rides in WIRE_REQUEST_HEADER. redirect 'manual': a host that redirects an
// escaped request is never followed, and the missing marker reports it.
async function carry(url: string, request: HttpRequest, id: string): Promise<Response> {
  try {
    return await fetch(url, {
      method: request.method,
      headers: {
        [WIRE_REQUEST_HEADER]: encodeHeaderList(request.headers),
        [EXCHANGE_ID_HEADER]: id,
      },
      body: request.body === '' ? null : request.body,
      credentials: 'omit',
      redirect: 'manual',
    })
  } catch (cause) {
    throw new BouncerError(
      'transport.fetch-failed',
      `${describe(request)} could not be sent: the browser's fetch() failed. ` +
        'Reload the page; if it keeps failing, the Service Worker may have stopped.',
      { cause },
    )
  }
}

function escaped(request: HttpRequest, carrier: Response): BouncerError {
  return new BouncerError(
    'transport.request-escaped',
    `${describe(request)} escaped the mock server: ${carrier.url || 'the request'} was ` +
      `answered with status ${carrier.status} by something other than the Service Worker, ` +
      'which was not in control of the page. Nothing was recorded; reload the page.',
  )
}

function unanswered(request: HttpRequest, body: string): BouncerError {
  return new BouncerError(
    'transport.exchange-lost',
    `${describe(request)} reached the mock server, but it did not answer this exchange: ` +
      `${body || 'no reason given'}. Reload the page and try again.`,
  )
}

function describe(request: HttpRequest): string {
  return `${request.method} ${request.url}`
}
