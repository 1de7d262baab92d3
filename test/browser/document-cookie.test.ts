import { describe, expect, it } from 'vitest'
import { createBrowserState } from '../../src/browser/create-browser'
import {
  readDocumentCookie,
  writeDocumentCookie,
} from '../../src/browser/document-cookie'
import { NOW, storedCookie } from './arrange'

const page = createBrowserState('https://example.com/')

describe('document.cookie, the non-HTTP API of RFC 6265bis section 5.8.2', () => {
  it('shows page script every cookie but the HttpOnly ones', () => {
    const browser = {
      ...page,
      cookies: [
        storedCookie({ name: 'theme', value: 'dark' }),
        storedCookie({ name: 'session_id', value: 'secret', httpOnly: true }),
      ],
    }
    expect(readDocumentCookie(browser, NOW)).toBe('theme=dark')
  })

  it('reads as the empty string when script may see no cookie', () => {
    expect(readDocumentCookie(page, NOW)).toBe('')
  })

  it('lets script store an ordinary cookie for the page', () => {
    const { browser, outcome } = writeDocumentCookie(page, 'theme=dark; Path=/', NOW)
    expect(outcome.code).toBe('stored')
    expect(browser.cookies).toMatchObject([
      { name: 'theme', value: 'dark', httpOnly: false, hostOnly: true },
    ])
    expect(readDocumentCookie(browser, NOW)).toBe('theme=dark')
  })

  it('ignores a write that names HttpOnly entirely, and says why', () => {
    const { browser, outcome } = writeDocumentCookie(page, 'sid=forged; HttpOnly', NOW)
    expect(browser).toBe(page)
    expect(outcome).toEqual({
      code: 'ignored.httponly-from-script',
      setCookie: 'sid=forged; HttpOnly',
      cookieName: 'sid',
      message:
        'Ignored cookie "sid": page script wrote it with HttpOnly, and a non-HTTP API may not create HttpOnly cookies, so the whole write is dropped (RFC 6265bis section 5.7).',
    })
  })

  it('lets script neither overwrite nor delete an HttpOnly cookie', () => {
    const loggedIn = { ...page, cookies: [storedCookie({ name: 'sid', httpOnly: true })] }
    for (const write of ['sid=forged; Path=/', 'sid=; Max-Age=0; Path=/']) {
      const { browser, outcome } = writeDocumentCookie(loggedIn, write, NOW)
      expect(outcome.code).toBe('ignored.overwrites-httponly')
      expect(browser).toBe(loggedIn)
    }
  })
})
