import { decodeProtectedHeader } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import { runAction } from '../../src/world/actions'
import { storedToken } from '../../src/world/actions/token-storage'
import { createWorld } from '../../src/world/create-world'
import type { World } from '../../src/world/world'
import { directSend } from '../helpers/direct-send'

const NOW = Date.parse('2026-01-15T12:00:00Z')

describe('the JWT flow', () => {
  let loggedIn: World
  beforeAll(async () => {
    const fresh = await createWorld('jwt', NOW)
    loggedIn = (await runAction(fresh, 'login', {}, directSend)).world
  })

  const step = async (world: World, name: Parameters<typeof runAction>[1], params = {}) =>
    (await runAction(world, name, params, directSend)).world

  it('keeps the token from the login body in localStorage, with no cookie', () => {
    const token = storedToken(loggedIn)
    expect(token).not.toBeNull()
    expect(decodeProtectedHeader(token!)).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(loggedIn.browser.cookies).toEqual([])
    expect(loggedIn.server.sessions).toEqual({})
  })

  it('sends the token as a Bearer credential and gets the profile', async () => {
    const after = await step(loggedIn, 'get-profile')
    const profile = after.trace.at(-1)!
    expect(headerValue(profile.request.headers, 'Authorization')).toBe(
      `Bearer ${storedToken(loggedIn)}`,
    )
    expect(profile.response.status).toBe(200)
  })

  it('rejects a tampered token with 401 and names the signature check', async () => {
    const tampered = await step(loggedIn, 'tamper-token', {
      claim: 'role',
      value: 'superuser',
    })
    const after = await step(tampered, 'get-profile')
    const profile = after.trace.at(-1)!
    expect(profile.response.status).toBe(401)
    expect(headerValue(profile.response.headers, 'WWW-Authenticate')).toMatch(
      /^Bearer error="invalid_token"/,
    )
    const failed = profile.serverSteps.find((s) => !s.ok)
    expect(failed?.code).toBe('token.signature-checked')
  })

  it('logout forgets the token, but a saved copy works until exp, then fails', async () => {
    const saved = await step(loggedIn, 'save-token-copy')
    const loggedOut = await step(saved, 'logout')
    expect(storedToken(loggedOut)).toBeNull()
    const replayed = await step(loggedOut, 'replay-saved-token')
    expect(replayed.trace.at(-1)!.response.status).toBe(200)
    const later = await step(replayed, 'advance-clock', { minutes: '16' })
    const expired = await step(later, 'replay-saved-token')
    const last = expired.trace.at(-1)!
    expect(last.response.status).toBe(401)
    expect(JSON.parse(last.response.body)).toMatchObject({ error: 'token_expired' })
  })
})
