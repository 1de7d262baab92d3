import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue, headerValues } from '../../src/http/message'
import { runAction } from '../../src/world/actions'
import { createWorld } from '../../src/world/create-world'
import type { World } from '../../src/world/world'
import { directSend } from '../helpers/direct-send'

const NOW = Date.parse('2026-01-15T12:00:00Z')

describe('the session flow', () => {
  let fresh: World
  beforeAll(async () => {
    fresh = await createWorld('session', NOW)
  })

  const step = async (world: World, name: Parameters<typeof runAction>[1], params = {}) =>
    (await runAction(world, name, params, directSend)).world

  it('logs in, stores an HttpOnly cookie, and sends it back to /profile', async () => {
    const afterLogin = await step(fresh, 'login')
    const login = afterLogin.trace.at(-1)!
    expect(login.request.method).toBe('POST')
    expect(headerValue(login.request.headers, 'Host')).toBe('example.com')
    expect(login.response.status).toBe(200)
    const [setCookie] = headerValues(login.response.headers, 'Set-Cookie')
    expect(setCookie).toMatch(
      /^session_id=[A-Za-z0-9_-]{43}; HttpOnly; Secure; SameSite=Strict; Path=\/$/,
    )
    const sessionId = setCookie!.slice('session_id='.length, setCookie!.indexOf(';'))
    expect(afterLogin.browser.cookies).toMatchObject([
      {
        name: 'session_id',
        value: sessionId,
        httpOnly: true,
        secure: true,
        sameSite: 'Strict',
      },
    ])
    expect(afterLogin.server.sessions[sessionId]?.data).toEqual({
      user_id: 123,
      username: 'alice',
      role: 'admin',
    })

    const afterProfile = await step(afterLogin, 'get-profile')
    const profile = afterProfile.trace.at(-1)!
    expect(headerValue(profile.request.headers, 'Cookie')).toBe(`session_id=${sessionId}`)
    expect(profile.response.status).toBe(200)
    expect(JSON.parse(profile.response.body)).toMatchObject({ username: 'alice' })
  })

  it('logs out: the server forgets the session, the cookie expires, /profile is 401', async () => {
    const loggedIn = await step(fresh, 'login')
    const loggedOut = await step(loggedIn, 'logout')
    expect(loggedOut.server.sessions).toEqual({})
    expect(loggedOut.browser.cookies).toEqual([])
    const after = await step(loggedOut, 'get-profile')
    const profile = after.trace.at(-1)!
    expect(headerValue(profile.request.headers, 'Cookie')).toBeNull()
    expect(profile.response.status).toBe(401)
  })

  it('answers 401 once the session has expired on the server', async () => {
    const loggedIn = await step(fresh, 'login')
    const later = await step(loggedIn, 'advance-clock', { minutes: '31' })
    const after = await step(later, 'get-profile')
    expect(after.trace.at(-1)!.response.status).toBe(401)
    expect(after.trace.at(-1)!.serverSteps.map((s) => s.code)).toContain(
      'session.expired',
    )
  })

  it('leaves the earlier world untouched, so Back can restore it exactly', async () => {
    const snapshot = JSON.stringify(fresh)
    await step(fresh, 'login')
    expect(JSON.stringify(fresh)).toBe(snapshot)
  })
})
