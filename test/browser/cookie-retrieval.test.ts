import { describe, expect, it } from 'vitest'
import { cookiesForRequest } from '../../src/browser/cookie-retrieval'
import { crossSite, NOW, sameSiteFetch, storedCookie } from './arrange'

const PROFILE = 'https://example.com/profile'

/** The names sent, and each withheld name with its reason, for one request. */
function fate(...args: Parameters<typeof cookiesForRequest>) {
  const { sent, withheld } = cookiesForRequest(...args)
  return {
    sent: sent.map((cookie) => cookie.name),
    withheld: withheld.map(({ cookie, reason }) => [cookie.name, reason]),
  }
}

describe('RFC 6265bis section 5.8.3: SameSite enforcement', () => {
  const strict = storedCookie({ name: 'strict', sameSite: 'Strict' })
  const lax = storedCookie({ name: 'lax', sameSite: 'Lax' })
  const unset = storedCookie({ name: 'unset', sameSite: 'Default' })
  const none = storedCookie({ name: 'none', sameSite: 'None' })
  const jar = [strict, lax, unset, none]

  it('sends every SameSite kind on a same-site request', () => {
    expect(fate(jar, PROFILE, sameSiteFetch).sent).toEqual([
      'strict',
      'lax',
      'unset',
      'none',
    ])
  })

  it('withholds a Strict cookie from a cross-site request, even a top-level GET navigation', () => {
    const navigation = crossSite({ method: 'GET', topLevelNavigation: true })
    expect(fate([strict], PROFILE, navigation).withheld).toEqual([
      ['strict', 'samesite-strict'],
    ])
  })

  it('sends a Lax cookie on a top-level cross-site GET navigation', () => {
    const navigation = crossSite({ method: 'GET', topLevelNavigation: true })
    expect(fate(jar, PROFILE, navigation).sent).toEqual(['lax', 'unset', 'none'])
  })

  it('withholds a Lax cookie from a cross-site POST, even a top-level form submission', () => {
    const formPost = crossSite({ method: 'POST', topLevelNavigation: true })
    expect(fate([lax], PROFILE, formPost).withheld).toEqual([['lax', 'samesite-lax']])
  })

  it('withholds a Lax cookie from a cross-site GET that is not a navigation (fetch, image)', () => {
    const subresource = crossSite({ method: 'GET', topLevelNavigation: false })
    expect(fate([lax], PROFILE, subresource).withheld).toEqual([['lax', 'samesite-lax']])
  })

  it('treats a cookie without SameSite as Lax, as browsers do by default', () => {
    const { withheld } = cookiesForRequest(
      [unset],
      PROFILE,
      crossSite({ method: 'POST' }),
    )
    expect(withheld[0]?.reason).toBe('samesite-lax')
    expect(withheld[0]?.message).toBe(
      'Cookie "unset" has no SameSite, which browsers treat as Lax, and this cross-site request is not a top-level navigation with a safe method such as GET (RFC 6265bis section 5.8.3).',
    )
  })

  it('sends a None cookie on any cross-site request', () => {
    expect(fate(jar, PROFILE, crossSite({ method: 'POST' })).sent).toEqual(['none'])
  })
})

describe('RFC 6265bis section 5.8.3: which cookies a request carries', () => {
  it('writes name=value pairs joined by "; ", a nameless cookie as its value alone', () => {
    const jar = [storedCookie({ name: 'a' }), storedCookie({ name: '', value: 'bare' })]
    expect(cookiesForRequest(jar, PROFILE, sameSiteFetch).header).toBe('a=1; bare')
  })

  it('answers no header at all when no cookie is sent', () => {
    expect(cookiesForRequest([], PROFILE, sameSiteFetch).header).toBeNull()
  })

  it('orders longer paths first, then earlier creation times', () => {
    const jar = [
      storedCookie({ name: 'late-root', createdAt: NOW + 1 }),
      storedCookie({ name: 'early-root', createdAt: NOW - 1 }),
      storedCookie({ name: 'deep', path: '/profile', createdAt: NOW + 2 }),
    ]
    expect(cookiesForRequest(jar, PROFILE, sameSiteFetch).header).toBe(
      'deep=1; early-root=1; late-root=1',
    )
  })

  it('never sends an expired cookie', () => {
    const jar = [storedCookie({ expiresAt: NOW })]
    expect(fate(jar, PROFILE, sameSiteFetch).withheld).toEqual([['sid', 'expired']])
  })

  it('sends a host-only cookie to its own host only, a domain cookie to subdomains too', () => {
    const jar = [
      storedCookie({ name: 'host' }),
      storedCookie({ name: 'domain', hostOnly: false }),
    ]
    expect(fate(jar, 'https://api.example.com/', sameSiteFetch)).toEqual({
      sent: ['domain'],
      withheld: [['host', 'domain-mismatch']],
    })
  })

  it('sends a cookie only to paths that path-match its Path (section 5.1.4)', () => {
    const jar = [storedCookie({ path: '/app' })]
    expect(fate(jar, 'https://example.com/app/x', sameSiteFetch).sent).toEqual(['sid'])
    expect(fate(jar, 'https://example.com/apple', sameSiteFetch).withheld).toEqual([
      ['sid', 'path-mismatch'],
    ])
  })

  it('sends a Secure cookie over https and http://localhost, never over other plain http', () => {
    const jar = [storedCookie({ domain: 'localhost' })]
    expect(fate(jar, 'http://localhost:5173/', sameSiteFetch).sent).toEqual(['sid'])
    const lan = [storedCookie({ domain: '192.168.1.20' })]
    expect(fate(lan, 'http://192.168.1.20:5173/', sameSiteFetch).withheld).toEqual([
      ['sid', 'secure-only'],
    ])
  })

  it('leaves HttpOnly cookies out of what page script reads (section 5.8.2)', () => {
    const jar = [storedCookie({ httpOnly: true })]
    const script = { ...sameSiteFetch, fromHttp: false }
    expect(fate(jar, PROFILE, script).withheld).toEqual([['sid', 'http-only']])
    expect(fate(jar, PROFILE, sameSiteFetch).sent).toEqual(['sid'])
  })

  it('refuses a relative URL with a TypeError that names the mistake', () => {
    expect(() => cookiesForRequest([], '/profile', sameSiteFetch)).toThrow(
      new TypeError(
        'cookiesForRequest needs an absolute URL such as https://example.com/, got "/profile".',
      ),
    )
  })
})
