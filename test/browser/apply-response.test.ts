import { describe, expect, it } from 'vitest'
import { applyResponse } from '../../src/browser/apply-response'
import { createBrowserState } from '../../src/browser/create-browser'
import type { HttpResponse } from '../../src/http/message'
import { NOW, storedCookie } from './arrange'

const page = createBrowserState('https://example.com/')
const LOGIN = 'https://example.com/login'

/** A 200 response with these header fields, each on its own line. */
function ok(headers: HttpResponse['headers']): HttpResponse {
  return { status: 200, statusText: 'OK', headers, body: '{}' }
}

describe('applyResponse', () => {
  it('applies two Set-Cookie fields whole, commas in a value and in a date included', () => {
    const { browser, outcomes } = applyResponse(
      page,
      LOGIN,
      ok([
        { name: 'Content-Type', value: 'application/json' },
        { name: 'Set-Cookie', value: 'a=1,2,3; Path=/' },
        {
          name: 'set-cookie',
          value: 'b=no; Expires=Fri, 16 Jan 2026 12:00:00 GMT; Path=/',
        },
      ]),
      NOW,
    )
    expect(outcomes.map((outcome) => [outcome.cookieName, outcome.code])).toEqual([
      ['a', 'stored'],
      ['b', 'stored'],
    ])
    expect(
      browser.cookies.map(({ name, value, expiresAt }) => ({ name, value, expiresAt })),
    ).toEqual([
      { name: 'a', value: '1,2,3', expiresAt: null },
      { name: 'b', value: 'no', expiresAt: Date.parse('2026-01-16T12:00:00Z') },
    ])
    expect(outcomes[1]?.message).toBe(
      'Stored cookie "b" for host-only example.com Path=/, expiring at 2026-01-16 12:00:00 UTC: it passed every storage rule of RFC 6265bis section 5.7.',
    )
  })

  it('applies fields in order, so a later field overrides an earlier one', () => {
    const { browser, outcomes } = applyResponse(
      page,
      LOGIN,
      ok([
        { name: 'Set-Cookie', value: 'a=first' },
        { name: 'Set-Cookie', value: 'a=second' },
      ]),
      NOW,
    )
    expect(outcomes.map((outcome) => outcome.code)).toEqual(['stored', 'replaced'])
    expect(browser.cookies).toMatchObject([{ name: 'a', value: 'second' }])
  })

  it('leaves the browser as it was when no cookie arrives', () => {
    const { browser, outcomes } = applyResponse(page, LOGIN, ok([]), NOW)
    expect(browser).toBe(page)
    expect(outcomes).toEqual([])
  })

  it('lets expired cookies leave the jar even when no field arrives', () => {
    const withExpired = { ...page, cookies: [storedCookie({ expiresAt: NOW - 1 })] }
    expect(applyResponse(withExpired, LOGIN, ok([]), NOW).browser.cookies).toEqual([])
  })
})
