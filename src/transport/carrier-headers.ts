/**
 * The custom header fields of the real fetch() that carries one modelled exchange.
 * Browsers forbid page scripts to set `Cookie` or `Host` and hide a Service Worker
 * response's `Set-Cookie`, so the modelled header lists ride inside these instead.
 */

/** Request: the modelled request's header list, encoded by `encodeHeaderList`. */
export const WIRE_REQUEST_HEADER = 'x-bouncer-wire-request'

/** Request: which open exchange the handler should take its server state from. */
export const EXCHANGE_ID_HEADER = 'x-bouncer-exchange'

/** Response: the modelled response's status line and headers, by `encodeResponseHead`. */
export const WIRE_RESPONSE_HEADER = 'x-bouncer-wire-response'

/**
 * Response: set only by the mock monolith's handler. A response without it came from
 * somewhere else, typically a static host answering because the worker was not in
 * control.
 */
export const ANSWERED_BY_HEADER = 'x-bouncer-answered-by'

/** The value of `ANSWERED_BY_HEADER` on every response the mock monolith makes. */
export const ANSWERED_BY_MOCK = 'mock-monolith'
