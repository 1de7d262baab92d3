import { describe, expect, it } from 'vitest'
import { buildRequest } from '../../src/browser/build-request'
import { createBrowserState } from '../../src/browser/create-browser'
import { NOW, storedCookie } from './arrange'

const page = createBrowserState('https://example.com/')

describe('buildRequest: a same-origin fetch() as Chromium puts it on the wire', () => {
  it('sends a JSON POST with its type, length, Origin and the jar’s cookies, in order', () => {
    const browser = { ...page, cookies: [storedCookie({ name: 'theme', value: 'dark' })] }
    const { request } = buildRequest(
      browser,
      {
        method: 'POST',
        path: '/login',
        jsonBody: { username: 'alice', password: 'pässword' },
      },
      NOW,
    )
    expect(request).toEqual({
      method: 'POST',
      url: 'https://example.com/login',
      headers: [
        { name: 'Host', value: 'example.com' },
        { name: 'Content-Type', value: 'application/json' },
        // 42 characters, 43 bytes: Content-Length counts the UTF-8 bytes of "ä" twice.
        { name: 'Content-Length', value: '43' },
        { name: 'Accept', value: 'application/json' },
        { name: 'Origin', value: 'https://example.com' },
        { name: 'Cookie', value: 'theme=dark' },
      ],
      body: '{"username":"alice","password":"pässword"}',
    })
  })

  it('sends a GET with a bearer token and no body, Origin or Cookie', () => {
    const { request, cookies } = buildRequest(
      page,
      { method: 'GET', path: '/profile', bearerToken: 'eyJhbGciOiJIUzI1NiJ9.e30.sig' },
      NOW,
    )
    expect(request.headers).toEqual([
      { name: 'Host', value: 'example.com' },
      { name: 'Accept', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig' },
    ])
    expect(request.body).toBe('')
    expect(cookies).toEqual({ header: null, sent: [], withheld: [] })
  })

  it('sends HttpOnly cookies, which script cannot read but requests carry', () => {
    const browser = {
      ...page,
      cookies: [storedCookie({ name: 'session_id', httpOnly: true })],
    }
    const { request, cookies } = buildRequest(
      browser,
      { method: 'GET', path: '/profile' },
      NOW,
    )
    expect(request.headers.at(-1)).toEqual({ name: 'Cookie', value: 'session_id=1' })
    expect(cookies.sent.map((cookie) => cookie.name)).toEqual(['session_id'])
  })

  it('omits the Authorization header for a null token', () => {
    const { request } = buildRequest(
      page,
      { method: 'POST', path: '/logout', bearerToken: null },
      NOW,
    )
    expect(request.headers.map((field) => field.name)).toEqual([
      'Host',
      'Accept',
      'Origin',
    ])
  })

  it.each(['https://evil.example/', '//evil.example/steal'])(
    'refuses "%s", which is not a path on the page’s origin',
    (path) => {
      expect(() => buildRequest(page, { method: 'GET', path }, NOW)).toThrow(
        new TypeError(
          `buildRequest takes a path on the page's own origin such as "/profile", got "${path}".`,
        ),
      )
    },
  )
})
