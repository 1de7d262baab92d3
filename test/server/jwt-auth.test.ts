/// <reference types="node" />
import { createHmac } from 'node:crypto'
import { base64url, SignJWT } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import {
  ALICE_CLAIMS,
  body,
  IAT,
  jwtServer,
  NOW,
  profileWith,
  stepCodes,
} from './arrange-jwt'
import { bearer, requests } from './requests'

const TOKEN_TTL_MS = 900 * 1000
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const segmentText = (token: string, index: number) =>
  new TextDecoder().decode(base64url.decode(token.split('.')[index] ?? ''))

const CHECKS_PASSED = [
  'passed route.matched',
  'passed token.split',
  'passed token.header-checked',
  'passed token.signature-checked',
  'passed token.claims-checked',
  'passed token.exp-checked',
]

describe('the monolith in JWT mode', () => {
  let state: ServerState
  let token: string

  beforeAll(async () => {
    ;({ state, token } = await jwtServer())
  })

  const profile = (sent: string, now = NOW) => profileWith(state, sent, now)

  function expectRejected(reply: ServerReply, code: string, description: string) {
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

    it('puts sub as a string, name, role, iat, exp 15 minutes later, and iss and aud naming itself', () => {
      expect(segmentText(token, 1)).toBe(
        `{"sub":"123","name":"alice","role":"admin","iat":${IAT},"exp":${IAT + 900},"iss":"https://example.com","aud":"https://example.com"}`,
      )
      expect(JSON.parse(segmentText(token, 1))).toEqual(ALICE_CLAIMS)
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
      expect(stepCodes(reply)).toEqual([
        'passed route.matched',
        'passed password.checked',
        'passed token.signed',
      ])
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
      expect(stepCodes(reply)).toEqual(CHECKS_PASSED)
      expect(reply.steps.at(-2)?.message).toBe(
        'iss "https://example.com" names this server as the issuer and aud "https://example.com" names it as a recipient: the token was issued here, for here (RFC 8725 §3.8, §3.9).',
      )
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
        JSON.stringify({ ...ALICE_CLAIMS, role: 'superuser' }),
      )
      const reply = await profile(`${header}.${forged}.${signature}`)

      expectRejected(reply, 'token_signature_invalid', 'The token signature is invalid')
      const step = reply.steps.at(-1)
      expect(step?.code).toBe('token.signature-checked')
      expect(step?.data?.['signatureReceived']).toBe(signature)
      expect(step?.data?.['signatureComputed']).not.toBe(signature)
    })

    it('rejects a token signed with another secret, showing computed and received signatures differ', async () => {
      const otherSecret = new TextEncoder().encode('another-secret-of-32-bytes-long!')
      const foreign = await new SignJWT({ ...ALICE_CLAIMS })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .sign(otherSecret)
      const [header, payload, received] = foreign.split('.')
      const computed = createHmac(
        'sha256',
        Buffer.from(state.signingKey.secret, 'base64url'),
      )
        .update(`${header}.${payload}`)
        .digest('base64url')
      const reply = await profile(foreign)

      expectRejected(reply, 'token_signature_invalid', 'The token signature is invalid')
      expect(stepCodes(reply)).toEqual([
        ...CHECKS_PASSED.slice(0, 3),
        'FAILED token.signature-checked',
      ])
      expect(body(reply)['message']).toBe(
        "The signature does not match the HMAC of header.payload under the server's secret: the token was changed after signing, or signed with another key.",
      )
      expect(reply.steps.at(-1)?.data).toEqual({
        alg: 'HS256',
        signingInput: `${header}.${payload}`,
        signatureReceived: received,
        signatureComputed: computed,
        bytesMatch: 'false',
      })
      expect(computed).not.toBe(received)
    })

    it('rejects its own token with the signature re-spelt in unused bits, before jose sees it', async () => {
      const [header, payload, signature = ''] = token.split('.')
      // 32 bytes fill 43 characters with 2 bits to spare: the lowest can flip freely.
      const last = BASE64URL.indexOf(signature.at(-1) ?? '')
      const respelt = `${signature.slice(0, -1)}${BASE64URL.charAt(last ^ 1)}`
      expect(base64url.decode(respelt)).toEqual(base64url.decode(signature))
      const reply = await profile(`${header}.${payload}.${respelt}`)

      expectRejected(reply, 'token_malformed', 'The token is malformed')
      expect(stepCodes(reply)).toEqual(['passed route.matched', 'FAILED token.split'])
      const position = token.length
      expect(reply.steps.at(-1)?.message).toBe(
        `Could not split the token: "${respelt.at(-1)}" at character ${position} of the token, in segment 3 (signature), sets bits that base64url leaves unused: the same bytes are written with "${signature.at(-1)}" there, and base64url has one spelling only (RFC 4648 §3.5), so this is not the text the signer wrote; copy the token again.`,
      )
    })

    it('accepts the token one millisecond before exp and rejects it at exp', async () => {
      expect((await profile(token, NOW + TOKEN_TTL_MS - 1)).response.status).toBe(200)

      const reply = await profile(token, NOW + TOKEN_TTL_MS)
      expectRejected(reply, 'token_expired', 'The token has expired')
      expect(stepCodes(reply)).toEqual([
        ...CHECKS_PASSED.slice(0, -1),
        'FAILED token.exp-checked',
      ])
      expect(body(reply)['message']).toBe(
        'exp 2026-01-15T12:15:00Z has passed: the token expired just now. Log in again for a new one.',
      )
    })

    it('rejects alg "none" before looking at the signature', async () => {
      const header = base64url.encode('{"alg":"none","typ":"JWT"}')
      const reply = await profile(`${header}.${token.split('.')[1]}.`)

      expectRejected(
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
      const hs512 = await new SignJWT({ ...ALICE_CLAIMS })
        .setProtectedHeader({ alg: 'HS512', typ: 'JWT' })
        .sign(base64url.decode(state.signingKey.secret))
      const reply = await profile(hs512)

      expectRejected(
        reply,
        'token_algorithm_not_allowed',
        'The token algorithm is not allowed',
      )
    })

    it('rejects a token that is not three base64url segments as token_malformed', async () => {
      const reply = await profile('not-a-token')

      expectRejected(reply, 'token_malformed', 'The token is malformed')
      expect(stepCodes(reply)).toEqual(['passed route.matched', 'FAILED token.split'])
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
        expect(stepCodes(reply)).toEqual(['passed route.matched', 'FAILED token.missing'])
      }
    })
  })

  describe('POST /logout', () => {
    it('admits that a copy of the token stays valid, and that it read exp without checking it', async () => {
      const reply = await handleRequest(state, requests.logout([bearer(token)]), NOW)

      expect(reply.response.status).toBe(200)
      expect(body(reply)).toEqual({
        message:
          'Logged out on this client. The token itself stays valid until it expires.',
      })
      expect(reply.steps.at(-1)).toEqual({
        code: 'token.forgotten-by-client-only',
        ok: true,
        message:
          "The server keeps no list of tokens, so it cannot revoke one: the client deletes its copy, but any other copy of a valid token is accepted until its exp. This token's exp says 2026-01-15T12:15:00Z (expires in 15 min), but the server did not check the token's signature, so that is only what the token claims.",
        data: { exp: String(IAT + 900) },
      })
      expect(
        (await handleRequest(reply.server, requests.profile([bearer(token)]), NOW))
          .response.status,
      ).toBe(200)
    })
  })
})
