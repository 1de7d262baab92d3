import { parse as parseCookieHeader } from 'cookie'
import { describe, expect, it } from 'vitest'
import { applyResponse } from '../../src/browser/apply-response'
import type { StoredCookie } from '../../src/browser/browser-state'
import { buildRequest } from '../../src/browser/build-request'
import { MAX_COOKIE_AGE_MS } from '../../src/browser/cookie-creation'
import type { CookieOutcome } from '../../src/browser/cookie-outcome'
import { cookiesForRequest } from '../../src/browser/cookie-retrieval'
import { storeSetCookie } from '../../src/browser/cookie-store'
import { createBrowserState } from '../../src/browser/create-browser'
import {
  readDocumentCookie,
  writeDocumentCookie,
} from '../../src/browser/document-cookie'
import { parseSetCookie } from '../../src/browser/set-cookie-parse'
import { readSharedJson, type ReportedCase } from './shared-data'

/**
 * The reported cases of kind cookie-parse and cookie-jar: inputs from public bug
 * reports, expectations worked out from RFC 6265bis and browsers (cases/README.md).
 */

const cases = readSharedJson<ReportedCase[]>('cases/reported-cases.json')
const NOW = Date.parse('2026-01-15T12:00:00Z')

/** The case with this id, its input and expectation typed as the test reads them. */
function reported<Input, Expected>(id: string): { input: Input; expected: Expected } {
  const found = cases.find((entry) => entry.id === id)
  if (found === undefined) throw new Error(`reported-cases.json has no case "${id}"`)
  return { input: found.input as Input, expected: found.expected as Expected }
}

/** The jar and outcomes after each field arrives, in order, from `url`. */
function receive(fields: readonly string[], url: string, now = NOW) {
  let cookies: readonly StoredCookie[] = []
  const outcomes: CookieOutcome[] = []
  for (const field of fields) {
    const stored = storeSetCookie(cookies, field, url, { now, fromHttp: true })
    cookies = stored.cookies
    outcomes.push(stored.outcome)
  }
  return { cookies, outcomes }
}

/** The Cookie header a same-site GET to `url` carries, or null. */
function cookieHeader(cookies: readonly StoredCookie[], url: string, now = NOW) {
  return cookiesForRequest(cookies, url, {
    now,
    fromHttp: true,
    siteContext: 'same-site',
    method: 'GET',
    topLevelNavigation: false,
  }).header
}

/** A 200 response carrying these Set-Cookie fields, each its own header line. */
function responseSetting(fields: readonly string[]) {
  return {
    status: 200,
    statusText: 'OK',
    headers: fields.map((value) => ({ name: 'Set-Cookie', value })),
    body: '',
  }
}

it('finds the nine cookie cases it turns into tests', () => {
  const ids = cases
    .filter((entry) => entry.kind === 'cookie-parse' || entry.kind === 'cookie-jar')
    .map((entry) => entry.id)
  expect(ids).toEqual([
    'cookie-parse-quoted-value',
    'cookie-parse-equals-in-value',
    'cookie-parse-max-age-beats-expires',
    'cookie-parse-multiple-set-cookie-and-commas',
    'cookie-parse-samesite-none-requires-secure',
    'cookie-parse-host-secure-prefixes',
    'cookie-jar-httponly-not-via-document-cookie',
    'cookie-jar-path-match-and-default-path',
    'cookie-jar-secure-cookie-on-localhost',
  ])
})

describe('cookie-parse-quoted-value', () => {
  const { input, expected } = reported<
    { request_url: string; set_cookie_headers: string[] },
    {
      cookies: { name: string; value: string; path: string }[]
      next_request_cookie_header: string
      document_cookie_view: string
    }
  >('cookie-parse-quoted-value')

  it('keeps double quotes in the value, and a ";" inside quotes still ends it', () => {
    const { cookies } = receive(input.set_cookie_headers, input.request_url)
    expect(cookies.map(({ name, value, path }) => ({ name, value, path }))).toEqual(
      expected.cookies.map(({ name, value, path }) => ({ name, value, path })),
    )
    expect(cookies.map((cookie) => cookie.name)).not.toContain('b')
    expect(cookieHeader(cookies, input.request_url)).toBe(
      expected.next_request_cookie_header,
    )
    const browser = { ...createBrowserState(input.request_url), cookies }
    expect(readDocumentCookie(browser, NOW)).toBe(expected.document_cookie_view)
  })
})

describe('cookie-parse-equals-in-value', () => {
  const { input, expected } = reported<
    { request_url: string; set_cookie_headers: string[] },
    {
      cookies: { name: string; value: string }[]
      server_side_parse_of_cookie_header: Record<string, string>
    }
  >('cookie-parse-equals-in-value')

  it('splits name and value at the first "=" only, so base64 padding survives', () => {
    const { cookies } = receive(input.set_cookie_headers, input.request_url)
    expect(cookies.map(({ name, value }) => ({ name, value }))).toEqual(expected.cookies)
    const header = cookieHeader(cookies, input.request_url)
    expect(header).toBe('data=A=B=C; tok=YWJjZA==')
    expect(parseCookieHeader(header ?? '')).toEqual(
      expected.server_side_parse_of_cookie_header,
    )
  })
})

describe('cookie-parse-max-age-beats-expires', () => {
  const { input, expected } = reported<
    { now: string; request_url: string; set_cookie_headers: string[] },
    { jar_after_response: string[] }
  >('cookie-parse-max-age-beats-expires')
  const now = Date.parse(input.now)
  const { cookies, outcomes } = receive(input.set_cookie_headers, input.request_url, now)
  const byName = (name: string) => cookies.find((cookie) => cookie.name === name)

  it('lets a positive Max-Age win over an Expires date in the past', () => {
    expect(byName('s1')?.expiresAt).toBe(Date.parse('2026-01-15T13:00:00Z'))
  })

  it('lets Max-Age=0 expire the cookie at once, though Expires says 2100', () => {
    expect(byName('s2')).toBeUndefined()
    expect(outcomes[1]?.code).toBe('ignored.already-expired')
    expect(outcomes[1]?.message).toContain('Max-Age=0 is zero or negative')
  })

  it('ignores a Max-Age that is not a number, so Expires applies', () => {
    expect(byName('s3')?.expiresAt).toBe(Date.parse('2026-01-16T12:00:00Z'))
  })

  it('leaves the jar holding the cookies the case expects', () => {
    expect(cookies.map((cookie) => cookie.name)).toEqual(expected.jar_after_response)
  })
})

describe('cookie-parse-multiple-set-cookie-and-commas', () => {
  const { input, expected } = reported<
    { request_url: string; response_set_cookie_fields: string[] },
    {
      cookies: { name: string; value: string; expires?: string }[]
      cookie_count: number
    }
  >('cookie-parse-multiple-set-cookie-and-commas')

  it('applies each Set-Cookie field whole: commas in a value and in a date survive', () => {
    const { browser, outcomes } = applyResponse(
      createBrowserState(input.request_url),
      input.request_url,
      responseSetting(input.response_set_cookie_fields),
      NOW,
    )
    expect(outcomes.map((outcome) => outcome.code)).toEqual(['stored', 'stored'])
    expect(browser.cookies).toHaveLength(expected.cookie_count)
    expect(browser.cookies.map(({ name, value }) => ({ name, value }))).toEqual(
      expected.cookies.map(({ name, value }) => ({ name, value })),
    )
    expect(browser.cookies.some((cookie) => cookie.name === '')).toBe(false)
    expect(browser.cookies[0]?.expiresAt).toBeNull()
  })

  it('reads the Expires date with its comma intact', () => {
    const parsed = parseSetCookie(input.response_set_cookie_fields[1] ?? '')
    expect(parsed.ok && parsed.attributes.expires).toBe(
      Date.parse('2037-10-21T07:28:00Z'),
    )
  })

  it('stores that far-off expiry capped at 400 days, as RFC 6265bis section 5.6.1 asks', () => {
    // The case's expectation came from tough-cookie, which has no cap; browsers do.
    const { cookies } = receive(input.response_set_cookie_fields, input.request_url)
    expect(cookies[1]?.expiresAt).toBe(NOW + MAX_COOKIE_AGE_MS)
  })
})

describe('cookie-parse-samesite-none-requires-secure', () => {
  const { input } = reported<
    { request_url: string; set_cookie_headers: string[] },
    unknown
  >('cookie-parse-samesite-none-requires-secure')
  const { cookies, outcomes } = receive(input.set_cookie_headers, input.request_url)

  it('rejects SameSite=None without Secure and says why', () => {
    expect(cookies.find((cookie) => cookie.name === 'sid')).toBeUndefined()
    expect(outcomes[0]?.code).toBe('ignored.samesite-none-without-secure')
    expect(outcomes[0]?.message).toContain('SameSite=None requires Secure')
    expect(outcomes[0]?.message).toContain('set with SameSite=None but without Secure')
  })

  it('stores SameSite=None with Secure', () => {
    expect(cookies).toMatchObject([{ name: 'sid2', sameSite: 'None', secure: true }])
  })
})

describe('cookie-parse-host-secure-prefixes', () => {
  const { input, expected } = reported<
    {
      request_url: string
      set_cookie_headers: string[]
      extra: { header: string; request_url: string }
    },
    { results: Record<string, 'stored' | 'rejected'> }
  >('cookie-parse-host-secure-prefixes')

  it.each(input.set_cookie_headers)('decides "%s" as the case expects', (header) => {
    const { cookies, outcomes } = receive([header], input.request_url)
    expect(cookies.length === 1 ? 'stored' : 'rejected').toBe(expected.results[header])
    if (cookies.length === 0) expect(outcomes[0]?.code).toMatch(/^ignored\.prefix-/)
  })

  it('rejects a Secure __Host- cookie from a plain-http origin', () => {
    const { cookies, outcomes } = receive([input.extra.header], input.extra.request_url)
    expect(cookies).toEqual([])
    expect(outcomes[0]?.code).toBe('ignored.secure-from-insecure-origin')
  })
})

describe('cookie-jar-httponly-not-via-document-cookie', () => {
  const { input, expected } = reported<
    { page: string; mock_response: { set_cookie: string } },
    {
      jar: Partial<StoredCookie>[]
      simulated_document_cookie: string
      cookie_header_on_api_me: string
    }
  >('cookie-jar-httponly-not-via-document-cookie')
  const { browser } = applyResponse(
    createBrowserState(input.page),
    new URL('api/login', input.page).href,
    responseSetting([input.mock_response.set_cookie]),
    NOW,
  )

  it('stores the HttpOnly session cookie from the login response', () => {
    expect(browser.cookies).toMatchObject(expected.jar)
  })

  it('hides it from document.cookie', () => {
    expect(readDocumentCookie(browser, NOW)).toBe(expected.simulated_document_cookie)
  })

  it('sends it on the next request to the API', () => {
    const { request } = buildRequest(
      browser,
      { method: 'GET', path: '/auth-lab/api/me' },
      NOW,
    )
    const cookie = request.headers.find((field) => field.name === 'Cookie')
    expect(cookie?.value).toBe(expected.cookie_header_on_api_me)
  })

  it('ignores a script write that names HttpOnly, leaving the jar unchanged', () => {
    const written = writeDocumentCookie(
      browser,
      'session=fromscript; HttpOnly; Path=/auth-lab/',
      NOW,
    )
    expect(written.outcome.code).toBe('ignored.httponly-from-script')
    expect(written.browser).toBe(browser)
  })

  it('ignores a script write that would overwrite the HttpOnly cookie without naming it', () => {
    const written = writeDocumentCookie(
      browser,
      'session=fromscript; Path=/auth-lab/',
      NOW,
    )
    expect(written.outcome.code).toBe('ignored.overwrites-httponly')
    expect(written.browser).toBe(browser)
  })
})

describe('cookie-jar-path-match-and-default-path', () => {
  const { input, expected } = reported<
    { responses: { url: string; set_cookie: string }[]; request_paths: string[] },
    { q_default_path: string; cookie_header_by_path: Record<string, string> }
  >('cookie-jar-path-match-and-default-path')
  let cookies: readonly StoredCookie[] = []
  for (const response of input.responses) {
    const options = { now: NOW, fromHttp: true }
    cookies = storeSetCookie(cookies, response.set_cookie, response.url, options).cookies
  }

  it('gives a cookie without Path the directory of the URL that set it', () => {
    expect(cookies.find((cookie) => cookie.name === 'q')?.path).toBe(
      expected.q_default_path,
    )
  })

  it.each(input.request_paths)('sends what path-match allows to %s', (path) => {
    const header = cookieHeader(cookies, `https://x.example.com${path}`)
    expect(header ?? '').toBe(expected.cookie_header_by_path[path])
  })
})

describe('cookie-jar-secure-cookie-on-localhost', () => {
  type PageCase = { page: string; set_cookie: string }
  const { input } = reported<{ cases: [PageCase, PageCase] }, unknown>(
    'cookie-jar-secure-cookie-on-localhost',
  )
  const [localhost, lan] = input.cases

  it('stores and sends back a Secure cookie on http://localhost', () => {
    const { cookies } = receive([localhost.set_cookie], localhost.page)
    expect(cookies).toHaveLength(1)
    expect(cookieHeader(cookies, localhost.page)).toBe('sid=1')
  })

  it('rejects a Secure cookie from a plain-http LAN address', () => {
    const { cookies, outcomes } = receive([lan.set_cookie], lan.page)
    expect(cookies).toEqual([])
    expect(outcomes[0]?.code).toBe('ignored.secure-from-insecure-origin')
    expect(outcomes[0]?.message).toContain('not a secure origin')
  })
})
