import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { headerValues } from '../../src/http/message'
import type { HttpRequest } from '../../src/http/message'
import { createServerState } from '../../src/server/create-server-state'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerState } from '../../src/server/server-state'
import { ExchangeDesk } from '../../src/transport/exchange-desk'
import { fetchSender } from '../../src/transport/fetch-sender'
import { monolithHandler } from '../../src/transport/monolith-handler'
import { TEST_ORIGIN } from './arrange-node-mock'

const NOW = Date.UTC(2025, 0, 15, 9, 30)
const site = { origin: TEST_ORIGIN, base: '/course/auth/' }
const desk = new ExchangeDesk()
const server = setupServer(monolithHandler({ site, desk, handle: handleRequest }))
const send = fetchSender({ site, desk, refusal: () => null })

let state: ServerState
beforeAll(async () => {
  state = await createServerState({ authMode: 'session', now: NOW })
  server.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => server.close())

const HOST = { name: 'Host', value: 'example.com' }

describe('the real monolith behind msw', () => {
  test('answers an unknown path with the same 404 it gives when called directly', async () => {
    const request: HttpRequest = {
      method: 'GET',
      url: 'https://example.com/nope',
      headers: [HOST],
      body: '',
    }
    const direct = await handleRequest(state, request, NOW)
    const reply = await send(request, state, NOW)
    expect(reply.response).toEqual(direct.response)
    expect(reply.response.status).toBe(404)
  })

  test('hands back the session cookie a login sets, and honours it when carried back', async () => {
    const login = await send(
      {
        method: 'POST',
        url: 'https://example.com/login',
        headers: [HOST, { name: 'Content-Type', value: 'application/json' }],
        body: '{"username":"alice","password":"securepassword123"}',
      },
      state,
      NOW,
    )
    const [sessionId] = Object.keys(login.server.sessions)
    expect(headerValues(login.response.headers, 'Set-Cookie')).toEqual([
      `session_id=${sessionId}; HttpOnly; Secure; SameSite=Strict; Path=/`,
    ])

    const profile = await send(
      {
        method: 'GET',
        url: 'https://example.com/profile',
        headers: [HOST, { name: 'Cookie', value: `session_id=${sessionId}` }],
        body: '',
      },
      login.server,
      NOW + 1000,
    )
    expect(profile.response.status).toBe(200)
    expect(profile.steps.map((step) => step.code)).toContain('session.found')
  })
})
