import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { BouncerError } from '../../src/errors/bouncer-error'
import type { HttpRequest, HttpResponse } from '../../src/http/message'
import { ANSWERED_BY_HEADER } from '../../src/transport/carrier-headers'
import { answering, SERVER_STATE, startNodeMock, TEST_ORIGIN } from './arrange-node-mock'
import type { NodeMock } from './arrange-node-mock'

const NOW = Date.UTC(2025, 0, 15, 9, 30)

const LOGIN: HttpRequest = {
  method: 'POST',
  url: 'https://example.com/login',
  headers: [
    { name: 'Host', value: 'example.com' },
    { name: 'Origin', value: 'https://example.com' },
    { name: 'Cookie', value: 'session_id=3f9a2b; theme="dark,blue"' },
    { name: 'Content-Type', value: 'application/json' },
  ],
  body: '{"username":"zoë","password":"securepassword123"}',
}

// Reported case cookie-parse-multiple-set-cookie-and-commas (msw#2074).
const TWO_COOKIES: HttpResponse = {
  status: 200,
  statusText: 'OK',
  headers: [
    { name: 'Content-Type', value: 'application/json' },
    { name: 'Set-Cookie', value: 'a=1,2,3; Path=/' },
    { name: 'Set-Cookie', value: 'b=no; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/' },
  ],
  body: '{"ok":true}',
}

let mock: NodeMock
beforeEach(() => {
  mock = startNodeMock()
})
afterEach(() => mock.close())

describe('a round trip through msw and the monolith handler', () => {
  test('delivers Host, Origin, Cookie and the body to the server exactly as modelled', async () => {
    await mock.send(LOGIN, SERVER_STATE, NOW)
    expect(mock.calls).toEqual([{ state: SERVER_STATE, request: LOGIN, now: NOW }])
  })

  test('returns two Set-Cookie fields with commas in values and dates intact', async () => {
    mock.answerWith(answering(TWO_COOKIES))
    const reply = await mock.send(LOGIN, SERVER_STATE, NOW)
    expect(reply.response).toEqual(TWO_COOKIES)
  })

  test('never shows msw a real Set-Cookie or Cookie header', async () => {
    mock.answerWith(answering(TWO_COOKIES))
    await mock.send(LOGIN, SERVER_STATE, NOW)
    expect(mock.carriers[0]?.headers.get('set-cookie')).toBeNull()
    expect(mock.intercepted[0]?.headers.get('cookie')).toBeNull()
  })

  test('hands back the state and steps the server produced', async () => {
    const next = { ...SERVER_STATE, sessions: {} }
    mock.answerWith(async () => ({
      response: TWO_COOKIES,
      server: next,
      steps: [{ code: 'session.created', ok: true, message: 'Session 3f9a2b created' }],
    }))
    const reply = await mock.send(LOGIN, SERVER_STATE, NOW)
    expect(reply.server).toBe(next)
    expect(reply.steps).toEqual([
      { code: 'session.created', ok: true, message: 'Session 3f9a2b created' },
    ])
  })

  test('carries a redirect status line and Location, while the carrier itself shows 200', async () => {
    const found: HttpResponse = {
      status: 302,
      statusText: 'Found',
      headers: [{ name: 'Location', value: '/profile' }],
      body: '',
    }
    mock.answerWith(answering(found))
    const reply = await mock.send(LOGIN, SERVER_STATE, NOW)
    expect(reply.response).toEqual(found)
    expect(mock.carriers[0]?.status).toBe(200)
    expect(mock.carriers[0]?.headers.get('location')).toBeNull()
  })

  test('shows the server status on the carrier when fetch() passes it through', async () => {
    const missing = { status: 404, statusText: 'Not Found', headers: [], body: '{}' }
    mock.answerWith(answering(missing))
    expect((await mock.send(LOGIN, SERVER_STATE, NOW)).response).toEqual(missing)
    expect(mock.carriers[0]?.status).toBe(404)
  })

  test('carries a GET with no body and keeps an empty query', async () => {
    const profile = {
      method: 'GET',
      url: 'https://example.com/profile?',
      headers: [],
      body: '',
    }
    await mock.send(profile, SERVER_STATE, NOW)
    expect(mock.calls[0]?.request).toEqual(profile)
  })

  test('works the same under a sub-path base', async () => {
    mock.close()
    mock = startNodeMock('/course/auth/')
    const profile = {
      method: 'GET',
      url: 'https://example.com/profile?tab=1',
      headers: [],
      body: '',
    }
    await mock.send(profile, SERVER_STATE, NOW)
    expect(mock.intercepted[0]?.url).toBe(
      `${TEST_ORIGIN}/course/auth/monolith/profile?tab=1`,
    )
    expect(mock.calls[0]?.request).toEqual(profile)
  })
})

describe('what the sender refuses', () => {
  test('sends nothing while the mock is not in control', async () => {
    const refusal = new BouncerError('transport.mock-unavailable', 'The worker is gone')
    mock.refuseWith(refusal)
    await expect(mock.send(LOGIN, SERVER_STATE, NOW)).rejects.toBe(refusal)
    expect(mock.intercepted).toEqual([])
  })

  test('sends nothing for a modelled URL outside the monolith', async () => {
    const elsewhere = { ...LOGIN, url: 'https://evil.example/login' }
    await expect(mock.send(elsewhere, SERVER_STATE, NOW)).rejects.toMatchObject({
      code: 'transport.foreign-origin',
    })
    expect(mock.intercepted).toEqual([])
  })

  test('rejects a body on a GET, which fetch() cannot carry', async () => {
    const withBody = {
      method: 'GET',
      url: 'https://example.com/profile',
      headers: [],
      body: 'x',
    }
    await expect(mock.send(withBody, SERVER_STATE, NOW)).rejects.toThrow(TypeError)
    expect(mock.intercepted).toEqual([])
  })

  test('reports a response the mock did not make as an escaped request', async () => {
    mock.server.use(
      http.all(`${TEST_ORIGIN}/monolith/*`, () => new Response('<!doctype html>')),
    )
    await expect(mock.send(LOGIN, SERVER_STATE, NOW)).rejects.toMatchObject({
      code: 'transport.request-escaped',
      message: expect.stringContaining(
        'POST https://example.com/login escaped the mock server',
      ),
    })
    expect(mock.calls).toEqual([])
  })

  test('passes the error a failing server throws through unchanged', async () => {
    const failure = new BouncerError('server.broken', 'The stand-in server broke')
    mock.answerWith(() => Promise.reject(failure))
    await expect(mock.send(LOGIN, SERVER_STATE, NOW)).rejects.toBe(failure)
  })
})

describe('the monolith handler on its own', () => {
  test('answers a request without an open exchange itself, never calling the server', async () => {
    const response = await fetch(`${TEST_ORIGIN}/monolith/profile`)
    expect(response.status).toBe(400)
    expect(response.headers.get(ANSWERED_BY_HEADER)).toBe('mock-monolith')
    expect(mock.calls).toEqual([])
  })
})
