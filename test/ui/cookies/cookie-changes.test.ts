import { describe, expect, it } from 'vitest'
import type { StoredCookie } from '../../../src/browser/browser-state'
import type { CookieOutcome } from '../../../src/browser/cookie-outcome'
import { cookieIdentity } from '../../../src/browser/cookie-store'
import { diffCookies, outcomeVerdict } from '../../../src/ui/cookies/cookie-changes'

const base: StoredCookie = {
  name: 'session_id',
  value: 'a',
  domain: 'example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'Strict',
  expiresAt: null,
  createdAt: 0,
  lastAccessedAt: 0,
}

function outcome(code: CookieOutcome['code'], setCookie: string): CookieOutcome {
  return { code, setCookie, cookieName: 'session_id', message: '' }
}

describe('diffCookies', () => {
  it('tells added, changed and removed cookies apart, ignoring last access', () => {
    const theme = { ...base, name: 'theme', httpOnly: false }
    const touched = { ...base, lastAccessedAt: 5 }
    const lang = { ...base, name: 'lang', value: 'en' }
    const diff = diffCookies(
      [touched, theme, lang],
      [base, { ...lang, value: 'fr' }, { ...base, name: 'new' }],
    )

    expect([...diff.added]).toEqual([cookieIdentity({ ...base, name: 'new' })])
    expect([...diff.changed]).toEqual([cookieIdentity(lang)])
    expect(diff.removed).toEqual([theme])
  })

  // RFC 6265bis section 5.7: the jar keys cookies by name, domain, host-only flag and path.
  it('treats a Domain cookie next to a host-only one of the same name as another cookie', () => {
    const domainWide = { ...base, hostOnly: false, value: 'b' }

    const diff = diffCookies([base], [base, domainWide])

    expect([...diff.added]).toEqual([cookieIdentity(domainWide)])
    expect([...diff.changed]).toEqual([])
    expect(diff.removed).toEqual([])
  })
})

describe('outcomeVerdict', () => {
  it('says which attribute deleted a cookie', () => {
    expect(outcomeVerdict(outcome('deleted', 'session_id=; Max-Age=0; Path=/'))).toBe(
      'deleted (Max-Age=0)',
    )
    expect(
      outcomeVerdict(
        outcome('deleted', 'session_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT'),
      ),
    ).toBe('deleted (Expires in the past)')
  })

  it('calls every refusal "ignored" and keeps stored and replaced as they are', () => {
    expect(
      ['stored', 'replaced', 'ignored.samesite-none-without-secure'].map((code) =>
        outcomeVerdict(outcome(code as CookieOutcome['code'], 'x=1')),
      ),
    ).toEqual(['stored', 'replaced', 'ignored'])
  })
})
