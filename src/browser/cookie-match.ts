import { isIpAddress } from './site'

/**
 * Which hosts and paths a cookie belongs to: the matching algorithms of
 * RFC 6265bis section 5.1.3 (domains) and 5.1.4 (paths).
 */

/** Whether a request host domain-matches a cookie domain (RFC 6265bis section 5.1.3). */
export function domainMatches(host: string, domain: string): boolean {
  if (host === domain) return true
  // The dot keeps "badexample.com" from matching "example.com"; an IP address only
  // ever matches itself, or "1.2.3.4" would match the domain "3.4".
  return host.endsWith(`.${domain}`) && !isIpAddress(host)
}

/** Whether a request path path-matches a cookie path (RFC 6265bis section 5.1.4). */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true
  if (!requestPath.startsWith(cookiePath)) return false
  // Matches end on a "/" boundary, so "/app/api" covers "/app/api/me" but not "/app/apix".
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/'
}

/**
 * The path a cookie gets when it has no valid Path attribute: the directory of the
 * request URL's path (RFC 6265bis section 5.1.4), so `/app/login` gives `/app`.
 */
export function defaultPath(url: URL): string {
  const path = url.pathname
  if (!path.startsWith('/')) return '/'
  const lastSlash = path.lastIndexOf('/')
  return lastSlash === 0 ? '/' : path.slice(0, lastSlash)
}

/**
 * The cookie domain as hosts are compared: lower case, and internationalised names
 * in their ASCII (punycode) form, as `URL.hostname` gives request hosts.
 */
export function canonicalCookieDomain(domain: string): string {
  const lower = domain.toLowerCase()
  // Only a bare name is converted: the URL parser would quietly drop a ":port" or a
  // path, and "example.com:8888" must stay a domain that matches nothing.
  if (/^[\x20-\x7e]*$/.test(lower) || /[\s:/?#@[\]\\]/.test(lower)) return lower
  try {
    return new URL(`http://${lower}/`).hostname
  } catch {
    // Not a valid host name: leave it as written; it will not domain-match anything.
    return lower
  }
}
