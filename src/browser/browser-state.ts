/**
 * The modelled browser: its cookie jar, its script-visible storage and the page
 * it is on. Plain data, so the world can snapshot it.
 */

export type SameSite = 'Strict' | 'Lax' | 'None'

/** A cookie as a browser stores it (RFC 6265bis section 5.7 storage model). */
export interface StoredCookie {
  readonly name: string
  readonly value: string
  /** Canonical host or domain, lower case, without a leading dot. */
  readonly domain: string
  /** True when set without a Domain attribute: sent to that exact host only. */
  readonly hostOnly: boolean
  readonly path: string
  readonly secure: boolean
  readonly httpOnly: boolean
  /** 'Default' when the attribute was absent or unrecognised (browsers then treat it as Lax). */
  readonly sameSite: SameSite | 'Default'
  /** Virtual-clock milliseconds, or null for a session cookie. */
  readonly expiresAt: number | null
  readonly createdAt: number
  readonly lastAccessedAt: number
}

export interface BrowserState {
  /** The page the learner's tab shows, e.g. `https://example.com/`. */
  readonly pageUrl: string
  readonly cookies: readonly StoredCookie[]
  /** The site's localStorage, where a JWT client keeps its token. */
  readonly localStorage: Readonly<Record<string, string>>
}
