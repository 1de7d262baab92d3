import { base64url, SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import { createServerState } from '../../src/server/create-server-state'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import { bearer, requests } from './requests'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const IAT = NOW / 1000
const TOKEN_TTL_MS = 900 * 1000

const codes = (reply: ServerReply) => reply.steps.map((step) => step.code)
const body = (reply: ServerReply) =>
  JSON.parse(reply.response.body) as Record<string, unknown>
const segmentText = (token: string, index: number) =>
  new TextDecoder().decode(base64url.decode(token.split('.')[index] ?? ''))

describe('the monolith in JWT mode', () => {
  let state: ServerState
  let token: string

  beforeAll(async () => {
    state = await createServerState({ authMode: 'jwt', now: NOW })
    const login = await handleRequest(
      state,
      requests.login('alice', 'securepassword123'),
      NOW,
    )
    token = String(body(login)['token'])
  })

  const profile = (sent: string, now = NOW) =>
    handleRequest(state, requests.profile([bearer(sent)]), now)

  async function expectRejected(reply: ServerReply, code: string, description: string) {
    expect(reply.response.status).toBe(401)
    expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBe(
      `Bearer error="invalid_token", error_description="${description}"`,
    )
    expect(body(reply)['error']).toBe(code)
    expect(reply.steps.at(-1)?.ok).toBe(false)
  }

  describe('POST /login', () => {
    it('signs a token whose header is exactly {"alg":"HS256","typ":"JWT"}', () => {
      expect(segmentText(token, 0)).toBe('{"alg":"HS256","typ":"JWT"}')
    })

    it('puts sub as a string, name, role, iat and exp 15 minutes later in the claims', () => {
      expect(segmentText(token, 1)).toBe(
        `{"sub":"123","name":"alice","role":"admin","iat":${IAT},"exp":${IAT + 900}}`,
      )
    })

    it('answers 200 with the token in the body, no cookie and no session', async () => {
      const reply = await handleRequest(
        state,
        requests.login('alice', 'securepassword123'),
        NOW,
      )

      expect(reply.response.status).toBe(200)
      expect(body(reply)).toEqual({ message: 'Login successful', token })
      expect(reply.response.headers.map((field) => field.name)).toEqual([
        'Content-Type',
        'Content-Length',
        'Cache-Control',
      ])
      expect(headerValue(reply.response.headers, 'Cache-Control')).toBe('no-store')
      expect(reply.server.sessions).toEqual({})
      expect(codes(reply)).toEqual(['route.matched', 'password.checked', 'token.signed'])
    })

    it('answers a wrong password with 401 invalid_credentials and no token', async () => {
      const reply = await handleRequest(state, requests.login('bob', 'Tr0ub4dor&3'), NOW)

      expect(reply.response.status).toBe(401)
      expect(body(reply)).toEqual({
        error: 'invalid_credentials',
        message: 'Wrong username or password.',
      })
    })
  })

  describe('GET /profile', () => {
    it('answers with the profile built from the claims after every check passes', async () => {
      const reply = await profile(token)

      expect(reply.response.status).toBe(200)
      expect(reply.response.body).toBe(
        '{"user_id":123,"username":"alice","role":"admin"}',
      )
      expect(codes(reply)).toEqual([
        'route.matched',
        'token.split',
        'token.header-checked',
        'token.signature-checked',
        'token.exp-checked',
      ])
    })

    it('shows the received and the computed signature side by side', async () => {
      const [header, payload, signature] = token.split('.')
      const step = (await profile(token)).steps.find(
        (found) => found.code === 'token.signature-checked',
      )

      expect(step?.data).toEqual({
        alg: 'HS256',
        signingInput: `${header}.${payload}`,
        signatureReceived: signature,
        signatureComputed: signature,
        bytesMatch: 'true',
      })
    })

    it('rejects a tampered payload with token_signature_invalid', async () => {
      const [header, , signature] = token.split('.')
      const forged = base64url.encode(
        `{"sub":"123","name":"alice","role":"superuser","iat":${IAT},"exp":${IAT + 900}}`,
      )
      const reply = await profile(`${header}.${forged}.${signature}`)

      await expectRejected(
        reply,
        'token_signature_invalid',
        'The token signature is invalid',
      )
      const step = reply.steps.at(-1)
      expect(step?.code).toBe('token.signature-checked')
      expect(step?.data?.['signatureReceived']).toBe(signature)
      expect(step?.data?.['signatureComputed']).not.toBe(signature)
    })

    it('accepts the token one millisecond before exp and rejects it at exp', async () => {
      expect((await profile(token, NOW + TOKEN_TTL_MS - 1)).response.status).toBe(200)

      const reply = await profile(token, NOW + TOKEN_TTL_MS)
      await expectRejected(reply, 'token_expired', 'The token has expired')
      expect(reply.steps.at(-2)).toMatchObject({
        code: 'token.signature-checked',
        ok: true,
      })
      expect(reply.steps.at(-1)?.code).toBe('token.exp-checked')
    })

    it('rejects alg "none" before looking at the signature', async () => {
      const header = base64url.encode('{"alg":"none","typ":"JWT"}')
      const reply = await profile(`${header}.${token.split('.')[1]}.`)

      await expectRejected(
        reply,
        'token_algorithm_not_allowed',
        'The token algorithm is not allowed',
      )
      expect(reply.steps.at(-1)?.code).toBe('token.header-checked')
      expect(body(reply)['message']).toBe(
        'alg "none" is not accepted: this server pins HS256 and never lets the token choose.',
      )
    })

    it('rejects HS512 even when signed with the server secret itself', async () => {
      const hs512 = await new SignJWT({
        sub: '123',
        name: 'alice',
        role: 'admin',
        exp: IAT + 60,
      })
        .setProtectedHeader({ alg: 'HS512', typ: 'JWT' })
        .sign(base64url.decode(state.signingKey.secret))
      const reply = await profile(hs512)

      await expectRejected(
        reply,
        'token_algorithm_not_allowed',
        'The token algorithm is not allowed',
      )
    })

    it('rejects a token that is not three base64url segments as token_malformed', async () => {
      const reply = await profile('not-a-token')

      await expectRejected(reply, 'token_malformed', 'The token is malformed')
      expect(codes(reply)).toEqual(['route.matched', 'token.split'])
    })

    it('challenges a request without a token with a bare "Bearer" (RFC 6750 §3.1)', async () => {
      for (const headers of [
        [],
        [{ name: 'Authorization', value: 'Basic YWxpY2U6eA==' }],
      ]) {
        const reply = await handleRequest(state, requests.profile(headers), NOW)

        expect(reply.response.status).toBe(401)
        expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBe('Bearer')
        expect(body(reply)['error']).toBe('token_missing')
        expect(codes(reply)).toEqual(['route.matched', 'token.missing'])
      }
    })
  })

  describe('POST /logout', () => {
    it('admits that a copy of the token stays valid until its exp', async () => {
      const reply = await handleRequest(state, requests.logout([bearer(token)]), NOW)
      const step = reply.steps.at(-1)

      expect(reply.response.status).toBe(200)
      expect(typeof body(reply)['message']).toBe('string')
      expect(step?.code).toBe('token.forgotten-by-client-only')
      expect(step?.message).toContain('The server keeps no list of tokens')
      expect(step?.message).toContain(
        'stays valid until its exp, 2026-01-15T12:15:00Z (expires in 15 min)',
      )
      expect(
        (await handleRequest(reply.server, requests.profile([bearer(token)]), NOW))
          .response.status,
      ).toBe(200)
    })
  })
})
