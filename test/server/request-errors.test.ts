import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue, type HttpRequest } from '../../src/http/message'
import { createServerState } from '../../src/server/create-server-state'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import { requests } from './requests'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const JSON_TYPE = { name: 'Content-Type', value: 'application/json' }

/**
 * Every error a session-mode server may answer a stray request with, and its status.
 * A 500 internal_error is missing on purpose: no request may produce one.
 */
const STATUS_OF_ERROR: Readonly<Record<string, number>> = {
  invalid_url: 400,
  malformed_json: 400,
  invalid_request: 400,
  invalid_credentials: 401,
  session_missing: 401,
  session_unknown: 401,
  not_found: 404,
  method_not_allowed: 405,
  unsupported_media_type: 415,
}

const body = (reply: ServerReply) =>
  JSON.parse(reply.response.body) as Record<string, unknown>

describe('requests the monolith cannot serve', () => {
  let state: ServerState
  beforeAll(async () => {
    state = await createServerState({ authMode: 'session', now: NOW })
  })
  const send = (request: HttpRequest) => handleRequest(state, request, NOW)

  it('answers an unknown route with a 404 naming the method and path and listing the routes', async () => {
    const reply = await send(requests.send('GET', '/admin'))

    expect(reply.response.status).toBe(404)
    expect(body(reply)).toEqual({
      error: 'not_found',
      message:
        'There is no route for GET /admin. This server knows POST /login, GET /profile, POST /logout.',
      routes: ['POST /login', 'GET /profile', 'POST /logout'],
    })
    expect(reply.steps).toMatchObject([{ code: 'route.unknown', ok: false }])
  })

  it('answers a known path with the wrong method with a 405 and Allow', async () => {
    const reply = await send(requests.send('GET', '/login'))

    expect(reply.response.status).toBe(405)
    expect(reply.response.statusText).toBe('Method Not Allowed')
    expect(headerValue(reply.response.headers, 'Allow')).toBe('POST')
    expect(body(reply)).toEqual({
      error: 'method_not_allowed',
      message: '/login does not accept GET; it accepts POST.',
    })
  })

  it('answers malformed JSON with a 400 that quotes the parser', async () => {
    const reply = await send(
      requests.send('POST', '/login', [JSON_TYPE], '{"username": alice}'),
    )

    expect(reply.response.status).toBe(400)
    expect(body(reply)['error']).toBe('malformed_json')
    expect(body(reply)['message']).toMatch(/^The request body is not valid JSON \(.+\)/)
    expect(reply.steps.at(-1)).toMatchObject({ code: 'request.invalid', ok: false })
  })

  it('answers a body that is not JSON by its Content-Type with a 415', async () => {
    const form = { name: 'Content-Type', value: 'application/x-www-form-urlencoded' }
    const reply = await send(requests.send('POST', '/login', [form], 'username=alice'))

    expect(reply.response.status).toBe(415)
    expect(body(reply)).toEqual({
      error: 'unsupported_media_type',
      message:
        'The request body must be JSON, but the request has Content-Type "application/x-www-form-urlencoded". Send Content-Type: application/json.',
    })
  })

  it('names the fields a login body lacks', async () => {
    const reply = await send(
      requests.send('POST', '/login', [JSON_TYPE], '{"username":"alice"}'),
    )

    expect(reply.response.status).toBe(400)
    expect(body(reply)).toEqual({
      error: 'invalid_request',
      message: 'The body needs "password" as a string.',
    })
  })

  it('answers a URL that is not absolute with a 400', async () => {
    const reply = await send({ method: 'GET', url: '/profile', headers: [], body: '' })

    expect(reply.response.status).toBe(400)
    expect(body(reply)).toEqual({
      error: 'invalid_url',
      message:
        'The request URL "/profile" is not an absolute URL, e.g. https://example.com/profile.',
    })
  })

  it('counts Content-Length in UTF-8 bytes', async () => {
    const reply = await send(requests.send('POST', '/login', [JSON_TYPE], 'é'))
    const bytes = new TextEncoder().encode(reply.response.body).length

    expect(headerValue(reply.response.headers, 'Content-Length')).toBe(String(bytes))
    expect(bytes).toBeGreaterThan(reply.response.body.length)
  })

  it('never throws, and names the error in JSON whenever it refuses', async () => {
    const anyRequest = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'get', ''),
      url: fc.oneof(
        fc
          .constantFrom('/login', '/profile', '/logout')
          .map((path) => `https://example.com${path}`),
        fc.string(),
        fc.webUrl(),
      ),
      headers: fc.array(fc.record({ name: fc.string(), value: fc.string() }), {
        maxLength: 3,
      }),
      body: fc.oneof(fc.string(), fc.json()),
    })

    await fc.assert(
      fc.asyncProperty(anyRequest, async (request) => {
        const reply = await handleRequest(state, request, NOW)
        expect(headerValue(reply.response.headers, 'Content-Type')).toBe(
          'application/json; charset=utf-8',
        )
        if (reply.response.status >= 400) {
          const { error, message } = body(reply)
          expect(STATUS_OF_ERROR[String(error)]).toBe(reply.response.status)
          expect(message).toMatch(/^\S.*\.$/)
        }
      }),
      { numRuns: 200 },
    )
  })
})
