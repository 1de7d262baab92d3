import { describe, expect, it } from 'vitest'
import { applyResponse } from '../../src/browser/apply-response'
import { buildRequest } from '../../src/browser/build-request'
import { createBrowserState } from '../../src/browser/create-browser'
import { readDocumentCookie } from '../../src/browser/document-cookie'
import { headerValue, type HttpResponse } from '../../src/http/message'
import { NOW } from './arrange'

const SESSION_ID = 'Zm9vYmFyYmF6cXV4cXV1eGNvcmdlZ3JhdWx0Z2FycGx5'

/** The monolith's answer carrying one Set-Cookie field. */
function answerSetting(setCookie: string): HttpResponse {
  return {
    status: 200,
    statusText: 'OK',
    headers: [{ name: 'Set-Cookie', value: setCookie }],
    body: '{}',
  }
}

describe('the session cookie round the app shows', () => {
  const loggedOut = createBrowserState('https://example.com/')
  const login = buildRequest(
    loggedOut,
    { method: 'POST', path: '/login', jsonBody: { username: 'alice', password: 'pw' } },
    NOW,
  ).request
  const afterLogin = applyResponse(
    loggedOut,
    login.url,
    answerSetting(`session_id=${SESSION_ID}; HttpOnly; Secure; SameSite=Strict; Path=/`),
    NOW,
  )

  it('stores the login’s session cookie as the jar row shows it', () => {
    expect(afterLogin.outcomes.map((outcome) => outcome.code)).toEqual(['stored'])
    expect(afterLogin.browser.cookies).toEqual([
      {
        name: 'session_id',
        value: SESSION_ID,
        domain: 'example.com',
        hostOnly: true,
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'Strict',
        expiresAt: null,
        createdAt: NOW,
        lastAccessedAt: NOW,
      },
    ])
  })

  it('carries it on GET /profile, while page script cannot see it', () => {
    const later = NOW + 60_000
    const { request } = buildRequest(
      afterLogin.browser,
      { method: 'GET', path: '/profile' },
      later,
    )
    expect(headerValue(request.headers, 'Cookie')).toBe(`session_id=${SESSION_ID}`)
    expect(readDocumentCookie(afterLogin.browser, later)).toBe('')
  })

  it('deletes it when logout answers Max-Age=0, so the next request carries no cookie', () => {
    const later = NOW + 120_000
    const logout = buildRequest(
      afterLogin.browser,
      { method: 'POST', path: '/logout' },
      later,
    )
    expect(headerValue(logout.request.headers, 'Cookie')).toBe(`session_id=${SESSION_ID}`)
    const afterLogout = applyResponse(
      afterLogin.browser,
      logout.request.url,
      answerSetting('session_id=; Max-Age=0; HttpOnly; Secure; SameSite=Strict; Path=/'),
      later,
    )
    expect(afterLogout.outcomes.map((outcome) => outcome.code)).toEqual(['deleted'])
    expect(afterLogout.browser.cookies).toEqual([])
    const profile = buildRequest(
      afterLogout.browser,
      { method: 'GET', path: '/profile' },
      later,
    )
    expect(headerValue(profile.request.headers, 'Cookie')).toBeNull()
  })
})
