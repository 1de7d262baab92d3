import type { HeaderField, HttpRequest } from '../http/message'
import type { BrowserState } from './browser-state'
import { cookiesForRequest, type RetrievalResult } from './cookie-retrieval'
import { octets } from './outcome-text'
import { parseAbsoluteUrl } from './site'

/** What the page's script asks `fetch()` to send. */
export interface FetchFromPage {
  readonly method: string
  /** A path on the page's own origin, e.g. `/profile`. */
  readonly path: string
  /** Sent as JSON when present. */
  readonly jsonBody?: unknown
  /** Sent exactly as typed, labelled as JSON, so malformed bodies can be tried too. */
  readonly bodyText?: string
  /** Sent as `Authorization: Bearer <token>` when present and not null. */
  readonly bearerToken?: string | null
}

// Fetch sends Origin on same-origin requests for every method but these two.
const METHODS_WITHOUT_ORIGIN = new Set(['GET', 'HEAD'])

/**
 * The request a same-origin `fetch()` from the page puts on the wire, with the
 * headers that matter here in the order Chromium sends them: Host, the body's type
 * and length, Accept, Origin, Authorization and the cookies the jar chooses.
 * User-Agent and the like are left out, so every header shown teaches something.
 */
export function buildRequest(
  browser: BrowserState,
  fetchCall: FetchFromPage,
  now: number,
): { request: HttpRequest; cookies: RetrievalResult } {
  const page = parseAbsoluteUrl(browser.pageUrl, 'buildRequest')
  const url = new URL(fetchCall.path, page.origin)
  // "//other.example/" starts with "/" too, and resolves to another origin.
  if (!fetchCall.path.startsWith('/') || url.origin !== page.origin) {
    throw new TypeError(
      `buildRequest takes a path on the page's own origin such as "/profile", got "${fetchCall.path}".`,
    )
  }
  if (fetchCall.jsonBody !== undefined && fetchCall.bodyText !== undefined) {
    throw new TypeError('buildRequest takes either jsonBody or bodyText, not both.')
  }
  const method = fetchCall.method.toUpperCase()
  const body =
    fetchCall.bodyText ??
    (fetchCall.jsonBody === undefined ? '' : JSON.stringify(fetchCall.jsonBody))
  const cookies = cookiesForRequest(browser.cookies, url.href, {
    now,
    fromHttp: true,
    siteContext: 'same-site',
    method,
    topLevelNavigation: false,
  })

  const headers: HeaderField[] = [{ name: 'Host', value: url.host }]
  if (body !== '') {
    headers.push({ name: 'Content-Type', value: 'application/json' })
    headers.push({ name: 'Content-Length', value: String(octets(body)) })
  }
  headers.push({ name: 'Accept', value: 'application/json' })
  if (!METHODS_WITHOUT_ORIGIN.has(method)) {
    headers.push({ name: 'Origin', value: page.origin })
  }
  const token = fetchCall.bearerToken ?? null
  if (token !== null) headers.push({ name: 'Authorization', value: `Bearer ${token}` })
  if (cookies.header !== null) headers.push({ name: 'Cookie', value: cookies.header })

  return { request: { method, url: url.href, headers, body }, cookies }
}
