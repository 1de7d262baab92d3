import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import { runAction } from '../../src/world/actions'
import { createWorld } from '../../src/world/create-world'
import type { World } from '../../src/world/world'
import { directSend } from '../helpers/direct-send'

const NOW = Date.parse('2026-01-15T12:00:00Z')

describe('a request composed by hand', () => {
  let loggedIn: World
  beforeAll(async () => {
    const fresh = await createWorld('session', NOW)
    loggedIn = (await runAction(fresh, 'login', {}, directSend)).world
  })

  const send = async (params: Record<string, string>) =>
    (await runAction(loggedIn, 'send-request', params, directSend)).world.trace.at(-1)!

  it('reaches a route the server does not know and gets its 404 JSON', async () => {
    const exchange = await send({ method: 'GET', path: '/admin' })
    expect(exchange.response.status).toBe(404)
    expect(JSON.parse(exchange.response.body)).toMatchObject({ error: 'not_found' })
    expect(headerValue(exchange.request.headers, 'Cookie')).toMatch(/^session_id=/)
  })

  it('sends a malformed body as typed, and the server says it is not JSON', async () => {
    const exchange = await send({ method: 'POST', path: '/login', body: '{"username": ' })
    expect(exchange.request.body).toBe('{"username": ')
    expect(headerValue(exchange.request.headers, 'Content-Type')).toBe('application/json')
    expect(exchange.response.status).toBe(400)
    expect(JSON.parse(exchange.response.body)).toMatchObject({ error: 'malformed_json' })
  })

  it('refuses a path that is not on the site, sending nothing', async () => {
    await expect(send({ method: 'GET', path: 'https://evil.example/' })).rejects.toThrow(
      /start it with a single "\/"/,
    )
  })

  it('refuses a body on a GET, as fetch() does', async () => {
    await expect(send({ method: 'GET', path: '/profile', body: '{}' })).rejects.toThrow(
      /refuses a body on a GET/,
    )
  })
})
