import type { StoredCookie } from '../../browser/browser-state'
import type { CookieOutcome } from '../../browser/cookie-outcome'

/** What one exchange did to the jar, keyed as RFC 6265bis keys cookies. */
export interface CookieDiff {
  readonly added: ReadonlySet<string>
  readonly changed: ReadonlySet<string>
  readonly removed: readonly StoredCookie[]
}

/** A cookie's identity in the jar: the same name, domain and path replace each other. */
export function cookieKey(cookie: StoredCookie): string {
  return `${cookie.name}\u0000${cookie.domain}\u0000${cookie.path}`
}

/** Compares the jar before and after an exchange. */
export function diffCookies(
  before: readonly StoredCookie[],
  after: readonly StoredCookie[],
): CookieDiff {
  const earlier = new Map(before.map((cookie) => [cookieKey(cookie), cookie]))
  const later = new Set(after.map(cookieKey))
  const added = new Set<string>()
  const changed = new Set<string>()
  for (const cookie of after) {
    const key = cookieKey(cookie)
    const previous = earlier.get(key)
    if (previous === undefined) added.add(key)
    else if (!sameStoredCookie(previous, cookie)) changed.add(key)
  }
  const removed = before.filter((cookie) => !later.has(cookieKey(cookie)))
  return { added, changed, removed }
}

/**
 * Whether two stored cookies say the same thing. The last-access time moves on
 * every request that carries the cookie, which is not a change worth pointing at.
 */
function sameStoredCookie(a: StoredCookie, b: StoredCookie): boolean {
  return (
    a.value === b.value &&
    a.expiresAt === b.expiresAt &&
    a.hostOnly === b.hostOnly &&
    a.secure === b.secure &&
    a.httpOnly === b.httpOnly &&
    a.sameSite === b.sameSite &&
    a.createdAt === b.createdAt
  )
}

/** The short verdict for one Set-Cookie: "stored", "deleted (Max-Age=0)", "ignored". */
export function outcomeVerdict(outcome: CookieOutcome): string {
  if (outcome.code === 'deleted') {
    const maxAge = /;\s*max-age\s*=\s*(-?\d+)/i.exec(outcome.setCookie)
    if (maxAge !== null) return `deleted (Max-Age=${maxAge[1]})`
    if (/;\s*expires\s*=/i.test(outcome.setCookie)) return 'deleted (Expires in the past)'
    return 'deleted'
  }
  if (outcome.code.startsWith('ignored.')) return 'ignored'
  return outcome.code
}
