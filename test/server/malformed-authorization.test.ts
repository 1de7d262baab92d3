import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerState } from '../../src/server/server-state'
import { body, jwtServer, NOW, stepCodes } from './arrange-jwt'
import { requests } from './requests'

describe('GET /profile with an Authorization header it cannot read (RFC 6750 §3.1)', () => {
  let state: ServerState
  let token: string
  beforeAll(async () => {
    ;({ state, token } = await jwtServer())
  })

  const profileWithAuthorization = (value: string) =>
    handleRequest(state, requests.profile([{ name: 'Authorization', value }]), NOW)

  it('answers "Bearer" with nothing after it with 400 invalid_request', async () => {
    const reply = await profileWithAuthorization('Bearer')

    expect(reply.response.status).toBe(400)
    expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBe(
      'Bearer error="invalid_request"',
    )
    expect(body(reply)).toEqual({
      error: 'invalid_request',
      message:
        'The Authorization header says "Bearer" but carries no token after it. Send Authorization: Bearer <token>.',
    })
    expect(stepCodes(reply)).toEqual(['passed route.matched', 'FAILED request.invalid'])
  })

  it('answers two tokens with 400 invalid_request, never checking either', async () => {
    const reply = await profileWithAuthorization(`Bearer ${token} ${token}`)

    expect(reply.response.status).toBe(400)
    expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBe(
      'Bearer error="invalid_request"',
    )
    expect(body(reply)['message']).toBe(
      `The Authorization header has a space at character ${8 + token.length}, inside or after the token: send exactly one token after "Bearer", in one piece (RFC 6750 §2.1).`,
    )
  })

  it('still answers another scheme with 401 and a bare challenge: that is no credential', async () => {
    const reply = await profileWithAuthorization('Basic YWxpY2U6eA==')

    expect(reply.response.status).toBe(401)
    expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBe('Bearer')
    expect(body(reply)['error']).toBe('token_missing')
  })

  it('accepts the scheme in any case, followed by several spaces', async () => {
    const reply = await profileWithAuthorization(`bEaReR   ${token}`)

    expect(reply.response.status).toBe(200)
  })
})
