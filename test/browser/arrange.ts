import type { StoredCookie } from '../../src/browser/browser-state'
import type { RetrievalOptions } from '../../src/browser/cookie-retrieval'

/** Helpers that arrange jars and requests, so each browser test reads as a short story. */

/** A frozen virtual clock: 2026-01-15 12:00:00 UTC. */
export const NOW = Date.parse('2026-01-15T12:00:00Z')

/** A stored session cookie for example.com, Path=/, with any attribute overridden. */
export function storedCookie(overrides: Partial<StoredCookie> = {}): StoredCookie {
  return {
    name: 'sid',
    value: '1',
    domain: 'example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'Lax',
    expiresAt: null,
    createdAt: NOW,
    lastAccessedAt: NOW,
    ...overrides,
  }
}

/** A same-site fetch() from the page, made now. */
export const sameSiteFetch: RetrievalOptions = {
  now: NOW,
  fromHttp: true,
  siteContext: 'same-site',
  method: 'GET',
  topLevelNavigation: false,
}

/** A request started by another site's page: a link, a form or a fetch, by the overrides. */
export function crossSite(overrides: Partial<RetrievalOptions> = {}): RetrievalOptions {
  return { ...sameSiteFetch, siteContext: 'cross-site', ...overrides }
}
