import { formatInstant } from '../time/format-time'
import type { StoredCookie } from './browser-state'
import { createCookie, isRefusal, type CreationContext } from './cookie-creation'
import { domainMatches, pathMatches } from './cookie-match'
import type { CookieOutcome, CookieOutcomeCode } from './cookie-outcome'
import { cookieLabel } from './outcome-text'
import { parseSetCookie } from './set-cookie-parse'
import { isSecureOrigin, parseAbsoluteUrl } from './site'

/**
 * The cookie jar's storage model (RFC 6265bis section 5.7): one `Set-Cookie`
 * field in, the next jar and what happened to the field out. The jar never holds
 * a cookie the rules reject, nor one that has expired.
 */

/** Where a field came from, and when: see CreationContext. */
export type StoreOptions = CreationContext

/** The jar after one field, and the outcome learners read. */
export interface StoreResult {
  readonly cookies: readonly StoredCookie[]
  readonly outcome: CookieOutcome
}

/** Applies one `Set-Cookie` field value received in answer to `requestUrl`. */
export function storeSetCookie(
  cookies: readonly StoredCookie[],
  setCookie: string,
  requestUrl: string,
  options: StoreOptions,
): StoreResult {
  const url = parseAbsoluteUrl(requestUrl, 'storeSetCookie')
  const jar = evictExpired(cookies, options.now)
  const settle = (
    next: readonly StoredCookie[],
    code: CookieOutcomeCode,
    cookieName: string | null,
    message: string,
  ): StoreResult => ({ cookies: next, outcome: { code, setCookie, cookieName, message } })

  const parsed = parseSetCookie(setCookie)
  if (!parsed.ok) return settle(jar, parsed.code, parsed.cookieName, parsed.message)
  const { name, maxAge } = parsed.attributes
  const label = cookieLabel(name)
  const created = createCookie(parsed.attributes, url, options)
  if (isRefusal(created)) return settle(jar, created.code, name, created.message)

  if (
    !created.secure &&
    !isSecureOrigin(url) &&
    jar.some((old) => shadows(created, old))
  ) {
    const message = `Ignored ${label}: ${url.origin} is not a secure origin, and it may not overwrite or shadow a Secure cookie of the same name (RFC 6265bis section 5.7, "leave secure cookies alone").`
    return settle(jar, 'ignored.overwrites-secure', name, message)
  }
  const index = jar.findIndex((old) => sameIdentity(created, old))
  const old = jar[index]
  if (old?.httpOnly && !options.fromHttp) {
    const message = `Ignored ${label}: the stored cookie of that name is HttpOnly, and page script may neither overwrite nor delete it (RFC 6265bis section 5.7).`
    return settle(jar, 'ignored.overwrites-httponly', name, message)
  }

  const where = `${created.hostOnly ? 'host-only ' : ''}${created.domain} Path=${created.path}`
  if (created.expiresAt !== null && created.expiresAt <= options.now) {
    const why =
      maxAge !== null
        ? `Max-Age=${maxAge} is zero or negative`
        : `Expires=${formatInstant(created.expiresAt)} is already past`
    if (old === undefined) {
      const message = `Ignored ${label}: ${why}, so it expired on arrival and there was no stored cookie with the same name, domain and path to delete (RFC 6265bis section 5.7).`
      return settle(jar, 'ignored.already-expired', name, message)
    }
    const message = `Deleted ${label} for ${where}: ${why}, and an expired cookie replaces and removes the stored one with the same name, domain and path (RFC 6265bis section 5.7).`
    return settle(jar.toSpliced(index, 1), 'deleted', name, message)
  }

  const lifetime =
    created.expiresAt === null
      ? 'a session cookie, kept until the browser closes'
      : `expiring at ${formatInstant(created.expiresAt)}`
  if (old === undefined) {
    const message = `Stored ${label} for ${where}, ${lifetime}: it passed every storage rule of RFC 6265bis section 5.7.`
    return settle([...jar, created], 'stored', name, message)
  }
  // The replacement keeps the old creation time, and so its place in the Cookie header order.
  const replacement = { ...created, createdAt: old.createdAt }
  const message = `Replaced ${label} for ${where}, ${lifetime}: a cookie with the same name, domain and path was stored, so the new one takes its place and keeps its creation time (RFC 6265bis section 5.7).`
  return settle(jar.with(index, replacement), 'replaced', name, message)
}

/** The jar without the cookies that have expired by `now`. */
export function evictExpired(
  cookies: readonly StoredCookie[],
  now: number,
): readonly StoredCookie[] {
  const live = cookies.filter(
    (cookie) => cookie.expiresAt === null || cookie.expiresAt > now,
  )
  return live.length === cookies.length ? cookies : live
}

/**
 * A cookie's identity in the jar as one string: name, domain, host-only flag and
 * path. A new cookie with the same identity replaces the stored one; a host-only
 * cookie and a Domain cookie of the same name, domain and path are two cookies.
 */
export function cookieIdentity(cookie: StoredCookie): string {
  return JSON.stringify([cookie.name, cookie.domain, cookie.hostOnly, cookie.path])
}

function sameIdentity(a: StoredCookie, b: StoredCookie): boolean {
  return cookieIdentity(a) === cookieIdentity(b)
}

/** Whether a non-secure cookie would overwrite or shadow a stored Secure one. */
function shadows(created: StoredCookie, old: StoredCookie): boolean {
  return (
    old.secure &&
    old.name === created.name &&
    (domainMatches(old.domain, created.domain) ||
      domainMatches(created.domain, old.domain)) &&
    pathMatches(created.path, old.path)
  )
}
