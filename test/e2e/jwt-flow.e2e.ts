import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { monolithRequests, servedByHost } from './app'
import * as screen from './screen'
import * as ui from './ui'

// The fixed now of test/conformance/cases: iat is 1768478400, and exp 15 minutes later.
const NOW = '2026-01-15T12:00:00Z'
const IAT = 1_768_478_400
const EXP = IAT + 15 * 60

const COMPACT_JWS = /^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}$/
const ALICE_CLAIMS = {
  sub: '123',
  name: 'alice',
  role: 'admin',
  iat: IAT,
  exp: EXP,
  iss: 'https://example.com',
  aud: 'https://example.com',
}
const ALICE = '{"user_id":123,"username":"alice","role":"admin"}'

const openLesson = ui.lessonPerTest(ui.atFixedTime(NOW))

/** The token the login response on screen carries in its JSON body. */
async function tokenFromLogin(page: Page): Promise<string> {
  const { token } = JSON.parse((await screen.response(page)).body) as { token: string }
  expect(token).toMatch(COMPACT_JWS)
  return token
}

/** Decodes one base64url segment of a token as JSON, as any holder of it can. */
function decodeSegment(segment: string | undefined): unknown {
  return JSON.parse(Buffer.from(segment ?? '', 'base64url').toString('utf8'))
}

function stepCodes(steps: readonly screen.StepLine[]): string[] {
  return steps.map(({ ok, code }) => `${ok ? 'passed' : 'FAILED'} ${code}`)
}

const CHECKS_PASSED = [
  'passed route.matched',
  'passed token.split',
  'passed token.header-checked',
  'passed token.signature-checked',
  'passed token.claims-checked',
  'passed token.exp-checked',
]

describe('the JWT lesson in Chromium', () => {
  test('logs in: the token arrives in the body, sits in localStorage and decodes to HS256', async () => {
    const app = await openLesson(ui.LESSONS.jwt)
    const { page } = app
    await ui.next(page)

    expect((await screen.request(page)).startLine).toBe('POST /login HTTP/1.1')
    const response = await screen.response(page)
    expect(response.startLine).toBe('HTTP/1.1 200 OK')
    expect(screen.headerLine(response, 'Set-Cookie')).toBeNull()
    const token = await tokenFromLogin(page)
    expect(await screen.localStorageShown(page)).toEqual({ access_token: token })
    expect((await screen.serverSteps(page)).at(-1)).toEqual({
      ok: true,
      code: 'token.signed',
      message:
        "Signed a token for alice with HS256 and the server's secret; it expires at 2026-01-15T12:15:00Z (expires in 15 min).",
    })

    const panel = ui.region(page, 'Token')
    expect(await panel.innerText()).toContain('Held in localStorage["access_token"]')
    const [header, payload, signature] = token.split('.')
    expect(await screen.tokenSegments(panel)).toEqual([
      { part: 'header', text: header },
      { part: 'payload', text: payload },
      { part: 'signature', text: signature },
    ])
    expect(await screen.decodedJson(panel)).toEqual([
      '{"alg":"HS256","typ":"JWT"}',
      JSON.stringify(ALICE_CLAIMS),
    ])
    expect(await screen.hasTable(ui.region(page, 'Session store'))).toBe(false)
  })

  test('sends the token as a Bearer header, and the server computes the signature it carries', async () => {
    const app = await openLesson(ui.LESSONS.jwt)
    const { page } = app
    await ui.next(page)
    const token = await tokenFromLogin(page)

    await ui.next(page)
    const request = await screen.request(page)
    expect(request.startLine).toBe('GET /profile HTTP/1.1')
    expect(request.headers).toContain(`Authorization: Bearer ${token}`)
    expect(screen.headerLine(request, 'Cookie')).toBeNull()
    const response = await screen.response(page)
    expect(response.startLine).toBe('HTTP/1.1 200 OK')
    expect(response.body).toBe(ALICE)
    expect(stepCodes(await screen.serverSteps(page))).toEqual(CHECKS_PASSED)

    const signature = token.split('.')[2]
    expect(await screen.signatureCheck(page)).toMatchObject({
      computed: signature,
      received: signature,
      compare: '✓ Equal, byte for byte.',
    })
    expect((await screen.signatureCheck(page)).verdict).toMatch(/^Accepted\. /)
  })

  test('catches the lesson’s forged role at the signature check with invalid_token', async () => {
    const app = await openLesson(ui.LESSONS.jwt)
    const { page } = app
    await ui.next(page)
    const genuine = await tokenFromLogin(page)

    await ui.nextSteps(page, 2)
    const forged = (await screen.localStorageShown(page))['access_token'] ?? ''
    const [header, payload, signature] = forged.split('.')
    expect([header, signature]).toEqual([genuine.split('.')[0], genuine.split('.')[2]])
    expect(decodeSegment(payload)).toEqual({ ...ALICE_CLAIMS, role: 'superuser' })

    await ui.next(page)
    const request = await screen.request(page)
    expect(request.headers).toContain(`Authorization: Bearer ${forged}`)
    const response = await screen.response(page)
    expect(response.startLine).toBe('HTTP/1.1 401 Unauthorized')
    expect(response.headers).toContain(
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token signature is invalid"',
    )
    expect(JSON.parse(response.body)).toMatchObject({ error: 'token_signature_invalid' })
    expect(stepCodes(await screen.serverSteps(page))).toEqual([
      'passed route.matched',
      'passed token.split',
      'passed token.header-checked',
      'FAILED token.signature-checked',
    ])
    const check = await screen.signatureCheck(page)
    expect(check.received).toBe(signature)
    expect(check.computed).toMatch(/^[\w-]{43}$/)
    expect(check.computed).not.toBe(signature)
    expect(check.compare).toBe('✗ Not equal.')
    expect(check.verdict).toMatch(/^Rejected\. /)
  })

  test('refuses a claim changed in the Tamper panel, and names the check that failed', async () => {
    const app = await openLesson(ui.LESSONS.jwt)
    const { page } = app
    await ui.play(page, 'Log in')
    await ui.tamper(page, 'name', 'mallory')
    const forged = (await screen.localStorageShown(page))['access_token']
    expect(decodeSegment(forged?.split('.')[1])).toEqual({
      ...ALICE_CLAIMS,
      name: 'mallory',
    })

    await ui.play(page, 'Get profile')
    expect((await screen.response(page)).startLine).toBe('HTTP/1.1 401 Unauthorized')
    expect(await ui.region(page, 'Tamper').getByRole('status').innerText()).toMatch(
      /^Request #2 got 401 Unauthorized: the check token\.signature-checked failed\. /,
    )
  })

  test('honours a copied token after logout until its exp has passed', async () => {
    const app = await openLesson(ui.LESSONS.jwt)
    const { page } = app
    await ui.nextSteps(page, 5)
    const token = await tokenFromLogin(page)

    await ui.next(page)
    expect(await screen.savedCopyShown(page)).toBe(token)

    await ui.next(page)
    const logout = await screen.request(page)
    expect(logout.startLine).toBe('POST /logout HTTP/1.1')
    expect(logout.headers).toContain(`Authorization: Bearer ${token}`)
    expect((await screen.response(page)).startLine).toBe('HTTP/1.1 200 OK')
    expect(stepCodes(await screen.serverSteps(page))).toEqual([
      'passed route.matched',
      'passed token.forgotten-by-client-only',
    ])
    expect(await screen.localStorageShown(page)).toEqual({})
    expect(await screen.savedCopyShown(page)).toBe(token)

    await ui.next(page)
    expect((await screen.request(page)).headers).toContain(
      `Authorization: Bearer ${token}`,
    )
    const replayed = await screen.response(page)
    expect(replayed.startLine).toBe('HTTP/1.1 200 OK')
    expect(replayed.body).toBe(ALICE)
    expect(stepCodes(await screen.serverSteps(page))).toEqual(CHECKS_PASSED)

    await ui.next(page)
    expect(await ui.region(page, 'Free play').innerText()).toContain(
      'Virtual clock: 2026-01-15 12:16:00 UTC',
    )

    await ui.next(page)
    expect((await screen.request(page)).headers).toContain(
      `Authorization: Bearer ${token}`,
    )
    const expired = await screen.response(page)
    expect(expired.startLine).toBe('HTTP/1.1 401 Unauthorized')
    expect(expired.headers).toContain(
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token has expired"',
    )
    expect(JSON.parse(expired.body)).toEqual({
      error: 'token_expired',
      message:
        'exp 2026-01-15T12:15:00Z has passed: the token expired 1 min ago. Log in again for a new one.',
    })
    expect(stepCodes(await screen.serverSteps(page))).toEqual([
      ...CHECKS_PASSED.slice(0, -1),
      'FAILED token.exp-checked',
    ])

    expect(app.requests.filter((request) => !request.sameOrigin)).toEqual([])
    expect(monolithRequests(app.requests).map(({ status }) => status)).toEqual([
      200, 200, 401, 200, 200, 200, 401,
    ])
    expect(monolithRequests(app.requests).every((r) => r.fromServiceWorker)).toBe(true)
    expect((await servedByHost()).filter((path) => path.includes('/monolith/'))).toEqual(
      [],
    )
  })
})
