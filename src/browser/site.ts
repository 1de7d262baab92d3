import { getPublicSuffix } from 'tough-cookie'

/**
 * Where a URL lives, as cookies see it: whether its origin is secure, which site
 * it belongs to, and whether two URLs are same-site.
 */

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/** Whether a canonical host (as `URL.hostname` gives it) is an IP address. */
export function isIpAddress(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[')
}

/** Loopback hosts count as secure contexts even over plain http in Chromium and Firefox. */
function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host === '[::1]' ||
    (IPV4.test(host) && host.startsWith('127.'))
  )
}

/**
 * Whether the URL's scheme denotes a "secure" protocol. RFC 6265bis leaves that
 * to the user agent; browsers count https, wss and loopback hosts over http.
 */
export function isSecureOrigin(url: URL): boolean {
  if (url.protocol === 'https:' || url.protocol === 'wss:') return true
  return (url.protocol === 'http:' || url.protocol === 'ws:') && isLoopback(url.hostname)
}

/**
 * The registrable domain of a host (its public suffix plus one label), or null for
 * IP addresses, single labels and public suffixes themselves.
 */
export function registrableDomain(host: string): string | null {
  if (isIpAddress(host)) return null
  // ignoreError: special-use names such as "test" and "localhost" are then looked up
  // in the public suffix list like any other, where the default rule makes them suffixes.
  return getPublicSuffix(host, { ignoreError: true }) ?? null
}

/** Whether a domain is a public suffix (such as "org", "co.uk" or "github.io"). */
export function isPublicSuffix(domain: string): boolean {
  return registrableDomain(domain) === null
}

/** The scheme that schemeful same-site compares: WebSocket schemes count as their HTTP twins. */
function siteScheme(url: URL): string {
  if (url.protocol === 'wss:') return 'https:'
  if (url.protocol === 'ws:') return 'http:'
  return url.protocol
}

/** The site of a URL: its scheme and registrable domain (or its host when it has none). */
export function siteOf(url: URL): string {
  return `${siteScheme(url)}//${registrableDomain(url.hostname) ?? url.hostname}`
}

/** Whether two URLs are same-site in the schemeful sense that browsers use today. */
export function isSameSite(a: URL, b: URL): boolean {
  return siteOf(a) === siteOf(b)
}

/** Parses an absolute URL handed to the browser model; anything else is a caller's mistake. */
export function parseAbsoluteUrl(text: string, caller: string): URL {
  try {
    return new URL(text)
  } catch (error) {
    const message = `${caller} needs an absolute URL such as https://example.com/, got "${text}".`
    throw new TypeError(message, { cause: error })
  }
}
