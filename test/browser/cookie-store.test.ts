import { describe, expect, it } from 'vitest'
import type { StoredCookie } from '../../src/browser/browser-state'
import { MAX_COOKIE_AGE_MS } from '../../src/browser/cookie-creation'
import { evictExpired, storeSetCookie } from '../../src/browser/cookie-store'
import { NOW, storedCookie } from './arrange'

const LOGIN = 'https://example.com/login'
const fromServer = { now: NOW, fromHttp: true }

/** The jar after these fields arrive in order from `url`, with the last outcome. */
function receive(
  fields: readonly string[],
  url = LOGIN,
  jar: readonly StoredCookie[] = [],
) {
  let cookies = jar
  let last = null
  for (const field of fields) {
    const stored = storeSetCookie(cookies, field, url, fromServer)
    cookies = stored.cookies
    last = stored.outcome
  }
  return { cookies, outcome: last }
}

describe('RFC 6265bis section 5.7: storing a cookie', () => {
  it('stores a session cookie and tells the learner so in one sentence', () => {
    const { cookies, outcome } = receive([
      'sid=1; HttpOnly; Secure; SameSite=Strict; Path=/',
    ])
    expect(cookies).toEqual([
      storedCookie({
        httpOnly: true,
        sameSite: 'Strict',
        createdAt: NOW,
        lastAccessedAt: NOW,
      }),
    ])
    expect(outcome).toEqual({
      code: 'stored',
      setCookie: 'sid=1; HttpOnly; Secure; SameSite=Strict; Path=/',
      cookieName: 'sid',
      message:
        'Stored cookie "sid" for host-only example.com Path=/, a session cookie, kept until the browser closes: it passed every storage rule of RFC 6265bis section 5.7.',
    })
  })

  it('gives a cookie without Path the directory of the URL that set it', () => {
    const { cookies } = receive(['q=1'], 'https://example.com/app/login')
    expect(cookies[0]?.path).toBe('/app')
  })

  it('replaces a cookie with the same name, domain and path, keeping its creation time', () => {
    const earlier = storeSetCookie([], 'sid=old', LOGIN, {
      now: NOW - 1000,
      fromHttp: true,
    })
    const { cookies, outcome } = receive(['sid=new'], LOGIN, earlier.cookies)
    expect(outcome?.code).toBe('replaced')
    expect(cookies).toMatchObject([
      { value: 'new', createdAt: NOW - 1000, lastAccessedAt: NOW },
    ])
  })

  it('keeps a host-only cookie and a Domain cookie of the same name apart', () => {
    const { cookies } = receive(['sid=host', 'sid=domain; Domain=example.com'])
    expect(cookies.map((cookie) => [cookie.value, cookie.hostOnly])).toEqual([
      ['host', true],
      ['domain', false],
    ])
  })

  it('deletes the stored cookie when the same cookie arrives with Max-Age=0', () => {
    const { cookies, outcome } = receive(['sid=1; Path=/', 'sid=; Max-Age=0; Path=/'])
    expect(cookies).toEqual([])
    expect(outcome?.code).toBe('deleted')
  })

  it('stores nothing for an already-expired cookie that matches no stored one', () => {
    const { cookies, outcome } = receive(['sid=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])
    expect(cookies).toEqual([])
    expect(outcome?.code).toBe('ignored.already-expired')
    expect(outcome?.message).toContain('Expires=1970-01-01 00:00:00 UTC is already past')
  })

  it('caps a lifetime at 400 days (sections 5.6.1 and 5.6.2)', () => {
    const { cookies } = receive(['a=1; Max-Age=99999999999'])
    expect(cookies[0]?.expiresAt).toBe(NOW + MAX_COOKIE_AGE_MS)
  })

  it('evicts cookies that have expired before storing the next one', () => {
    const jar = [storedCookie({ name: 'old', expiresAt: NOW - 1 })]
    expect(receive(['new=1'], LOGIN, jar).cookies.map((cookie) => cookie.name)).toEqual([
      'new',
    ])
    expect(evictExpired(jar, NOW)).toEqual([])
  })
})

describe('RFC 6265bis section 5.7: the Domain attribute', () => {
  it('lets a host set a cookie for its parent domain', () => {
    const { cookies } = receive(['a=1; Domain=example.com'], 'https://www.example.com/')
    expect(cookies).toMatchObject([{ domain: 'example.com', hostOnly: false }])
  })

  it('refuses a Domain the host does not domain-match', () => {
    const { outcome } = receive(['a=1; Domain=other.com'])
    expect(outcome?.code).toBe('ignored.domain-mismatch')
    expect(outcome?.message).toBe(
      'Ignored cookie "a": Domain=other.com does not domain-match the host example.com that sent it, and a site may only set cookies for itself and its parent domains (RFC 6265bis section 5.7).',
    )
  })

  it('refuses a Domain that is a public suffix', () => {
    const { outcome } = receive(['a=1; Domain=com'])
    expect(outcome?.code).toBe('ignored.public-suffix')
  })

  it('turns a public-suffix Domain naming the host itself into a host-only cookie', () => {
    const { cookies } = receive(['a=1; Domain=github.io'], 'https://github.io/')
    expect(cookies).toMatchObject([{ domain: 'github.io', hostOnly: true }])
  })
})

describe('RFC 6265bis section 5.7: Secure and the origin that sets it', () => {
  it('refuses a Secure cookie from plain http', () => {
    const { outcome } = receive(['a=1; Secure'], 'http://example.com/')
    expect(outcome?.code).toBe('ignored.secure-from-insecure-origin')
  })

  it('lets no plain-http origin overwrite or shadow a Secure cookie', () => {
    const jar = [storedCookie({ name: 'a', secure: true })]
    const { cookies, outcome } = receive(['a=2; Path=/app'], 'http://example.com/', jar)
    expect(outcome?.code).toBe('ignored.overwrites-secure')
    expect(cookies).toBe(jar)
  })

  it('throws a TypeError for a request URL that is not absolute', () => {
    expect(() => storeSetCookie([], 'a=1', 'example.com/login', fromServer)).toThrow(
      TypeError,
    )
  })
})

describe('RFC 6265bis section 5.4: cookie name prefixes', () => {
  it('accepts __Host- only with Secure, no Domain and Path=/', () => {
    expect(receive(['__Host-id=1; Secure; Path=/']).outcome?.code).toBe('stored')
    expect(
      receive(['__Host-id=1; Secure; Path=/; Domain=example.com']).outcome,
    ).toMatchObject({
      code: 'ignored.prefix-host',
      message:
        'Ignored cookie "__Host-id": the __Host- prefix requires Secure, no Domain attribute and Path=/, but this cookie has a Domain attribute (RFC 6265bis section 5.4).',
    })
  })

  it('matches prefixes case-insensitively', () => {
    expect(receive(['__secure-id=1']).outcome?.code).toBe('ignored.prefix-secure')
  })

  it('refuses a nameless cookie whose value looks prefixed', () => {
    expect(receive(['__Host-id; Secure; Path=/']).outcome?.code).toBe(
      'ignored.prefix-host',
    )
  })
})
