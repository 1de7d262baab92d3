import { formatInstant } from '../time/format-time'
import type { StoredCookie } from './browser-state'
import { domainMatches, pathMatches } from './cookie-match'
import { cookieSubject } from './outcome-text'
import { isSecureOrigin, parseAbsoluteUrl } from './site'

/**
 * The retrieval model (RFC 6265bis section 5.8): which stored cookies a request
 * carries, in which order, and why each of the others stays behind.
 */

/** Whether the request goes to the site of the page that starts it (RFC 6265bis section 5.2). */
export type SiteContext = 'same-site' | 'cross-site'

/** The request the cookies are chosen for. */
export interface RetrievalOptions {
  /** Virtual-clock milliseconds. */
  readonly now: number
  /** True for HTTP requests; false for page script reading `document.cookie`. */
  readonly fromHttp: boolean
  readonly siteContext: SiteContext
  readonly method: string
  /** True when the request navigates the top-level window (a link click, not a fetch). */
  readonly topLevelNavigation: boolean
}

/** Why a stored cookie is not sent. */
export type WithheldReason =
  | 'expired'
  | 'domain-mismatch'
  | 'path-mismatch'
  | 'secure-only'
  | 'http-only'
  | 'samesite-strict'
  | 'samesite-lax'

/** A stored cookie left out of the request, and the rule that left it out. */
export interface WithheldCookie {
  readonly cookie: StoredCookie
  readonly reason: WithheldReason
  /** One sentence for the learner. */
  readonly message: string
}

/** The `Cookie` header a request carries (null for none), and the fate of every cookie. */
export interface RetrievalResult {
  readonly header: string | null
  /** The cookies sent, in header order. */
  readonly sent: readonly StoredCookie[]
  readonly withheld: readonly WithheldCookie[]
}

// Methods that cannot change server state: the only ones Lax lets through cross-site.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])

/** Chooses the cookies a request to `requestUrl` carries, and serializes the header. */
export function cookiesForRequest(
  cookies: readonly StoredCookie[],
  requestUrl: string,
  options: RetrievalOptions,
): RetrievalResult {
  const url = parseAbsoluteUrl(requestUrl, 'cookiesForRequest')
  const sent: StoredCookie[] = []
  const withheld: WithheldCookie[] = []
  for (const cookie of cookies) {
    const refusal = withholdReason(cookie, url, options)
    if (refusal === null) sent.push(cookie)
    else withheld.push({ cookie, ...refusal })
  }
  // Longer paths first, then earlier creation (RFC 6265bis section 5.8.3); the sort is
  // stable, so cookies created in the same millisecond keep the jar's order.
  sent.sort((a, b) => b.path.length - a.path.length || a.createdAt - b.createdAt)
  const header = sent.length === 0 ? null : sent.map(serialize).join('; ')
  return { header, sent, withheld }
}

/** One cookie as the `Cookie` header writes it; a nameless cookie is its value alone. */
function serialize(cookie: StoredCookie): string {
  return cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`
}

function withholdReason(
  cookie: StoredCookie,
  url: URL,
  options: RetrievalOptions,
): { reason: WithheldReason; message: string } | null {
  const subject = cookieSubject(cookie.name)
  const host = url.hostname
  if (cookie.expiresAt !== null && cookie.expiresAt <= options.now) {
    return {
      reason: 'expired',
      message: `${subject} expired at ${formatInstant(cookie.expiresAt)}, and an expired cookie is never sent (RFC 6265bis section 5.7).`,
    }
  }
  if (cookie.hostOnly ? host !== cookie.domain : !domainMatches(host, cookie.domain)) {
    const scope = cookie.hostOnly
      ? `is host-only for ${cookie.domain}`
      : `belongs to ${cookie.domain} and its subdomains`
    return {
      reason: 'domain-mismatch',
      message: `${subject} ${scope}, and this request goes to ${host} (RFC 6265bis section 5.8.3).`,
    }
  }
  if (!pathMatches(url.pathname, cookie.path)) {
    return {
      reason: 'path-mismatch',
      message: `${subject} has Path=${cookie.path}, which does not path-match ${url.pathname} (RFC 6265bis section 5.1.4).`,
    }
  }
  if (cookie.secure && !isSecureOrigin(url)) {
    return {
      reason: 'secure-only',
      message: `${subject} is Secure, and ${url.origin} is not a secure channel (RFC 6265bis section 5.8.3).`,
    }
  }
  if (cookie.httpOnly && !options.fromHttp) {
    return {
      reason: 'http-only',
      message: `${subject} is HttpOnly, so page script cannot read it through document.cookie (RFC 6265bis section 5.8.2).`,
    }
  }
  return options.siteContext === 'cross-site'
    ? sameSiteReason(cookie, subject, options)
    : null
}

/** SameSite enforcement for a cross-site request (RFC 6265bis section 5.8.3). */
function sameSiteReason(
  cookie: StoredCookie,
  subject: string,
  options: RetrievalOptions,
): { reason: WithheldReason; message: string } | null {
  if (cookie.sameSite === 'None') return null
  if (cookie.sameSite === 'Strict') {
    return {
      reason: 'samesite-strict',
      message: `${subject} is SameSite=Strict, and this request is cross-site, so it is not sent (RFC 6265bis section 5.8.3).`,
    }
  }
  const laxAllows =
    options.topLevelNavigation && SAFE_METHODS.has(options.method.toUpperCase())
  if (laxAllows) return null
  const kind =
    cookie.sameSite === 'Lax'
      ? 'is SameSite=Lax'
      : 'has no SameSite, which browsers treat as Lax'
  return {
    reason: 'samesite-lax',
    message: `${subject} ${kind}, and this cross-site request is not a top-level navigation with a safe method such as GET (RFC 6265bis section 5.8.3).`,
  }
}
