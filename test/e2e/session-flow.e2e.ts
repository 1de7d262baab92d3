import { describe, expect, test } from 'vitest'
import { monolithRequests, servedByHost } from './app'
import type { AppSession } from './app'
import * as screen from './screen'
import type { HttpText } from './screen'
import * as ui from './ui'

// The fixed now of test/conformance/cases, so every time on screen is exact.
const NOW = '2026-01-15T12:00:00Z'

const SESSION_SET_COOKIE =
  /^Set-Cookie: session_id=([A-Za-z0-9_-]{43}); HttpOnly; Secure; SameSite=Strict; Path=\/$/

const ALICE = '{"user_id":123,"username":"alice","role":"admin"}'

const openLesson = ui.lessonPerTest(ui.atFixedTime(NOW))

/** The session id the response's Set-Cookie line hands out; fails if there is none. */
function sessionIdSetBy(response: HttpText): string {
  const ids = response.headers.flatMap((line) => SESSION_SET_COOKIE.exec(line)?.[1] ?? [])
  expect(ids).toHaveLength(1)
  return ids[0] ?? ''
}

/** What the panels of a session world show, to compare a screen with an earlier one. */
async function sessionScreen(app: AppSession) {
  const panels = ['HTTP exchange', 'Server steps', 'Cookie jar', 'Session store']
  return Promise.all(panels.map((name) => ui.region(app.page, name).innerText()))
}

describe('the session lesson in Chromium', () => {
  test('logs in: the cookie lands in the jar hidden from script, the session in the store', async () => {
    const app = await openLesson(ui.LESSONS.session)
    const { page } = app
    await ui.next(page)

    const request = await screen.request(page)
    expect(request.startLine).toBe('POST /login HTTP/1.1')
    expect(request.headers).toContain('Host: example.com')
    expect(request.body).toBe('{"username":"alice","password":"securepassword123"}')
    const response = await screen.response(page)
    expect(response.startLine).toBe('HTTP/1.1 200 OK')
    const id = sessionIdSetBy(response)

    const jar = ui.region(page, 'Cookie jar')
    expect(await screen.tableRows(jar)).toEqual([
      {
        Name: 'session_id added by #1',
        Value: id,
        Domain: 'example.com host-only',
        Path: '/',
        Expires: 'session',
        HttpOnly: 'HttpOnly: hidden from script',
        Secure: 'yes',
        SameSite: 'Strict',
      },
    ])
    expect(await screen.documentCookieShown(page)).toBe('""')

    const sessions = await screen.tableRows(ui.region(page, 'Session store'))
    expect(sessions).toHaveLength(1)
    expect(sessions[0]).toMatchObject({
      Data: ALICE,
      Created: '2026-01-15 12:00:00 UTC (now)',
      Expires: '2026-01-15 12:30:00 UTC (in 30 min)',
    })
    expect(sessions[0]?.['Session id']).toContain(id)
    expect(await screen.serverSteps(page)).toMatchObject([
      { ok: true, code: 'route.matched' },
      { ok: true, code: 'password.checked' },
      { ok: true, code: 'session.created' },
    ])
  })

  test('sends the same id to /profile, and after logout that id opens nothing', async () => {
    const app = await openLesson(ui.LESSONS.session)
    const { page } = app
    await ui.next(page)
    const id = sessionIdSetBy(await screen.response(page))

    await ui.next(page)
    const profile = await screen.request(page)
    expect(profile.startLine).toBe('GET /profile HTTP/1.1')
    expect(profile.headers).toContain(`Cookie: session_id=${id}`)
    const found = await screen.response(page)
    expect(found.startLine).toBe('HTTP/1.1 200 OK')
    expect(found.body).toBe(ALICE)
    expect((await screen.serverSteps(page)).at(-1)).toMatchObject({
      ok: true,
      code: 'session.found',
    })

    await ui.next(page)
    expect((await screen.request(page)).startLine).toBe('POST /logout HTTP/1.1')
    expect((await screen.response(page)).headers).toContain(
      'Set-Cookie: session_id=; Max-Age=0; HttpOnly; Secure; SameSite=Strict; Path=/',
    )
    expect((await screen.serverSteps(page)).at(-1)).toMatchObject({
      ok: true,
      code: 'session.destroyed',
    })
    expect(await screen.hasTable(ui.region(page, 'Cookie jar'))).toBe(false)
    expect(await ui.region(page, 'Cookie jar').innerText()).toContain(
      'The jar is empty: this browser holds no cookies for any site.',
    )
    expect(await screen.hasTable(ui.region(page, 'Session store'))).toBe(false)
    expect(await ui.region(page, 'Session store').innerText()).toContain(
      'No sessions: nobody is logged in.',
    )

    await ui.next(page)
    const refused = await screen.request(page)
    expect(refused.startLine).toBe('GET /profile HTTP/1.1')
    expect(screen.headerLine(refused, 'Cookie')).toBeNull()
    const unauthorized = await screen.response(page)
    expect(unauthorized.startLine).toBe('HTTP/1.1 401 Unauthorized')
    expect(JSON.parse(unauthorized.body)).toEqual({
      error: 'session_missing',
      message: 'The request carries no session_id cookie: log in first.',
    })
    expect((await screen.serverSteps(page)).at(-1)).toMatchObject({
      ok: false,
      code: 'session.missing',
    })
  })

  test('goes Back to exactly the screens it showed, and Reset starts over', async () => {
    const app = await openLesson(ui.LESSONS.session)
    const { page } = app
    await ui.next(page)
    const afterLogin = await sessionScreen(app)
    await ui.next(page)
    const afterProfile = await sessionScreen(app)
    await ui.nextSteps(page, 2)

    await ui.back(page)
    await ui.back(page)
    expect(await sessionScreen(app)).toEqual(afterProfile)
    await ui.back(page)
    expect(await sessionScreen(app)).toEqual(afterLogin)

    await ui.reset(page)
    expect(await ui.region(page, 'HTTP exchange').innerText()).toContain(
      'Nothing has been sent yet.',
    )
    expect(await screen.hasTable(ui.region(page, 'Cookie jar'))).toBe(false)
    expect(await screen.hasTable(ui.region(page, 'Session store'))).toBe(false)
  })

  test('keeps the real browser out of it: no real cookie, none in msw’s jar, all via the worker', async () => {
    const app = await openLesson(ui.LESSONS.session)
    const { page } = app
    await ui.next(page)
    const realJar = () => page.evaluate(() => document.cookie)
    const mswJar = () => page.evaluate(() => localStorage.getItem('__msw-cookie-store__'))
    expect(await realJar()).not.toContain('session_id')
    expect((await mswJar()) ?? '').not.toContain('session_id')
    expect(await app.context.cookies()).toEqual([])
    await ui.nextSteps(page, 3)
    expect(await realJar()).not.toContain('session_id')
    expect((await mswJar()) ?? '').not.toContain('session_id')

    expect(app.requests.filter((request) => !request.sameOrigin)).toEqual([])
    const sent = (method: string, path: string, status: number) => ({
      method,
      url: `${app.baseUrl}monolith/${path}`,
      sameOrigin: true,
      status,
      fromServiceWorker: true,
    })
    expect(monolithRequests(app.requests)).toEqual([
      sent('POST', 'login', 200),
      sent('GET', 'profile', 200),
      sent('POST', 'logout', 200),
      sent('GET', 'profile', 401),
    ])
    const atHost = (await servedByHost()).filter((path) => path.includes('/monolith/'))
    expect(atHost).toEqual([])
  })
})
