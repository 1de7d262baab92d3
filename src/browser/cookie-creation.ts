import type { StoredCookie } from './browser-state'
import type { CookieOutcomeCode } from './cookie-outcome'
import { canonicalCookieDomain, defaultPath, domainMatches } from './cookie-match'
import { cookieLabel } from './outcome-text'
import type { SetCookieAttributes } from './set-cookie-parse'
import { isPublicSuffix, isSecureOrigin } from './site'

/**
 * The first half of the RFC 6265bis storage model (section 5.7): turning a field's
 * attributes into the cookie the browser would store, judged on the field and the
 * URL it came from alone. What the jar already holds is judged in cookie-store.ts.
 */

/** Where a field came from, and when. */
export interface CreationContext {
  /** Virtual-clock milliseconds. */
  readonly now: number
  /** True for a `Set-Cookie` header; false for page script (`document.cookie`). */
  readonly fromHttp: boolean
}

/** Why a field yields no cookie at all. */
export interface CreationRefusal {
  readonly code: CookieOutcomeCode
  readonly message: string
}

/** Browsers cap every cookie's lifetime at 400 days (RFC 6265bis sections 5.6.1 and 5.6.2). */
export const MAX_COOKIE_AGE_MS = 400 * 24 * 60 * 60 * 1000

/** The cookie a field creates, or the rule that stops it. */
export function createCookie(
  attributes: SetCookieAttributes,
  requestUrl: URL,
  { now, fromHttp }: CreationContext,
): StoredCookie | CreationRefusal {
  const label = cookieLabel(attributes.name)
  const host = requestUrl.hostname
  let domain = host
  let hostOnly = true
  if (attributes.domain !== null) {
    const wanted = canonicalCookieDomain(attributes.domain)
    if (!domainMatches(host, wanted)) {
      return refuse(
        'ignored.domain-mismatch',
        `Ignored ${label}: Domain=${wanted} does not domain-match the host ${host} that sent it, and a site may only set cookies for itself and its parent domains (RFC 6265bis section 5.7).`,
      )
    }
    const suffix = isPublicSuffix(wanted)
    if (suffix && wanted !== host) {
      return refuse(
        'ignored.public-suffix',
        `Ignored ${label}: Domain=${wanted} is a public suffix, and a cookie for it would reach every unrelated site registered under it (RFC 6265bis section 5.7).`,
      )
    }
    // A public suffix naming the host itself is allowed, as a host-only cookie.
    hostOnly = suffix
    domain = wanted
  }
  if (attributes.secure && !isSecureOrigin(requestUrl)) {
    return refuse(
      'ignored.secure-from-insecure-origin',
      `Ignored ${label}: it has the Secure attribute but came from ${requestUrl.origin}, which is not a secure origin (RFC 6265bis section 5.7; only https and loopback hosts such as http://localhost count).`,
    )
  }
  if (attributes.httpOnly && !fromHttp) {
    return refuse(
      'ignored.httponly-from-script',
      `Ignored ${label}: page script wrote it with HttpOnly, and a non-HTTP API may not create HttpOnly cookies, so the whole write is dropped (RFC 6265bis section 5.7).`,
    )
  }
  if (attributes.sameSite === 'None' && !attributes.secure) {
    return refuse(
      'ignored.samesite-none-without-secure',
      `Ignored ${label}: SameSite=None requires Secure (Chromium rejects a cookie set with SameSite=None but without Secure, per draft-west-cookie-incrementalism).`,
    )
  }
  const prefixRefusal = checkPrefix(attributes, hostOnly, label)
  if (prefixRefusal !== null) return prefixRefusal
  return {
    name: attributes.name,
    value: attributes.value,
    domain,
    hostOnly,
    path: attributes.path ?? defaultPath(requestUrl),
    secure: attributes.secure,
    httpOnly: attributes.httpOnly,
    sameSite: attributes.sameSite,
    expiresAt: expiryOf(attributes, now),
    createdAt: now,
    lastAccessedAt: now,
  }
}

/** Whether a value is a refusal rather than a cookie. */
export function isRefusal(
  result: StoredCookie | CreationRefusal,
): result is CreationRefusal {
  return 'code' in result
}

/**
 * The expiry in virtual-clock milliseconds, or null for a session cookie. Max-Age
 * wins over Expires; zero or a negative Max-Age means "already expired".
 */
function expiryOf(attributes: SetCookieAttributes, now: number): number | null {
  const latest = now + MAX_COOKIE_AGE_MS
  if (attributes.maxAge !== null) {
    if (attributes.maxAge <= 0) return Number.MIN_SAFE_INTEGER
    return Math.min(now + attributes.maxAge * 1000, latest)
  }
  if (attributes.expires !== null) return Math.min(attributes.expires, latest)
  return null
}

/** The `__Secure-` and `__Host-` name prefixes (RFC 6265bis section 5.4), case-insensitive. */
function checkPrefix(
  attributes: SetCookieAttributes,
  hostOnly: boolean,
  label: string,
): CreationRefusal | null {
  // A nameless cookie whose value looks prefixed would read as prefixed in the Cookie header.
  const shown = (
    attributes.name === '' ? attributes.value : attributes.name
  ).toLowerCase()
  if (
    attributes.name === '' &&
    (shown.startsWith('__secure-') || shown.startsWith('__host-'))
  ) {
    return refuse(
      shown.startsWith('__host-') ? 'ignored.prefix-host' : 'ignored.prefix-secure',
      `Ignored ${label}: its value starts with a cookie-name prefix, and a nameless cookie may not look like a prefixed one (RFC 6265bis section 5.7).`,
    )
  }
  if (shown.startsWith('__secure-') && !attributes.secure) {
    return refuse(
      'ignored.prefix-secure',
      `Ignored ${label}: the __Secure- prefix promises the Secure attribute, and this cookie lacks it (RFC 6265bis section 5.4).`,
    )
  }
  if (shown.startsWith('__host-')) {
    const faults = [
      attributes.secure ? null : 'is not Secure',
      hostOnly ? null : 'has a Domain attribute',
      attributes.path === '/' ? null : 'has no Path=/',
    ].filter((fault) => fault !== null)
    if (faults.length > 0) {
      return refuse(
        'ignored.prefix-host',
        `Ignored ${label}: the __Host- prefix requires Secure, no Domain attribute and Path=/, but this cookie ${faults.join(' and ')} (RFC 6265bis section 5.4).`,
      )
    }
  }
  return null
}

function refuse(code: CookieOutcomeCode, message: string): CreationRefusal {
  return { code, message }
}
