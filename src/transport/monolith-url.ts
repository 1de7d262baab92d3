import { BouncerError } from '../errors/bouncer-error'

/**
 * Where the modelled monolith lives and where the page really sends to reach it. The
 * real URL sits under the build base (`<origin><base>monolith/<path>`), so one build
 * works from any sub-path and the worker's scope, which is the base, covers it.
 */

/** The modelled monolith's origin; every modelled request is addressed to it. */
export const MONOLITH_ORIGIN = 'https://example.com'

/** Where the page itself is served: its origin and the build's base path. */
export interface PageSite {
  /** e.g. `https://learner.github.io` */
  readonly origin: string
  /** The build base, starting and ending with `/`, e.g. `/course/auth/`. */
  readonly base: string
}

const MOUNT = 'monolith'

/** The real URL the page fetches for a modelled monolith URL (path and query kept). */
export function realUrlFor(modelledUrl: string, site: PageSite): string {
  const url = new URL(modelledUrl)
  if (url.origin !== MONOLITH_ORIGIN) {
    throw new BouncerError(
      'transport.foreign-origin',
      `Cannot send to ${modelledUrl}: the mock server only answers for ${MONOLITH_ORIGIN}, ` +
        'and nothing is ever sent to a real network. Address the request to the monolith.',
    )
  }
  return `${site.origin}${mountPath(site)}${pathAndQuery(url)}`
}

/** The modelled monolith URL a real request under the mount stands for. */
export function modelledUrlFor(realUrl: string, site: PageSite): string {
  const url = new URL(realUrl)
  const mount = mountPath(site)
  if (url.origin !== site.origin || !url.pathname.startsWith(`${mount}/`)) {
    throw new TypeError(
      `${realUrl} is not under the mock monolith at ${site.origin}${mount}/`,
    )
  }
  return `${MONOLITH_ORIGIN}${pathAndQuery(url).slice(mount.length)}`
}

/**
 * The handler's pattern: absolute and base-prefixed, so it matches on every client
 * route (a relative pattern would resolve against the current page). A RegExp, so a
 * base containing `:` or `(` is not read as path-to-regexp syntax.
 */
export function monolithRoute(site: PageSite): RegExp {
  const escaped = `${site.origin}${mountPath(site)}/`.replace(
    /[.*+?^${}()|[\]\\/]/g,
    '\\$&',
  )
  return new RegExp(`^${escaped}`)
}

function mountPath(site: PageSite): string {
  if (!site.base.startsWith('/') || !site.base.endsWith('/')) {
    throw new TypeError(`The base path must start and end with "/", got "${site.base}"`)
  }
  if (new URL(site.origin).origin !== site.origin) {
    throw new TypeError(`The page origin must be a bare origin, got "${site.origin}"`)
  }
  return `${site.base}${MOUNT}`
}

// From the href rather than pathname + search, so an empty query ("/?") survives.
// Fetch never sends a fragment or, from a page, credentials in the URL.
function pathAndQuery(url: URL): string {
  const bare = new URL(url)
  bare.username = ''
  bare.password = ''
  bare.hash = ''
  return bare.href.slice(bare.origin.length)
}
