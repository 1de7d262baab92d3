import type { StoredCookie } from '../../browser/browser-state'
import type { CookieOutcome } from '../../browser/cookie-outcome'
import { cookieIdentity } from '../../browser/cookie-store'

/**
 * What one exchange did to the jar, keyed by the jar's own identity rule
 * (`cookieIdentity`), so the diff calls "changed" exactly what the jar replaced.
 */
export interface CookieDiff {
  readonly added: ReadonlySet<string>
  readonly changed: ReadonlySet<string>
  readonly removed: readonly StoredCookie[]
}

/** Compares the jar before and after an exchange. */
export function diffCookies(
  before: readonly StoredCookie[],
  after: readonly StoredCookie[],
): CookieDiff {
  const earlier = new Map(before.map((cookie) => [cookieIdentity(cookie), cookie]))
  const later = new Set(after.map(cookieIdentity))
  const added = new Set<string>()
  const changed = new Set<string>()
  for (const cookie of after) {
    const key = cookieIdentity(cookie)
    const previous = earlier.get(key)
    if (previous === undefined) added.add(key)
    else if (!sameStoredCookie(previous, cookie)) changed.add(key)
  }
  const removed = before.filter((cookie) => !later.has(cookieIdentity(cookie)))
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
