import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import {
  ALICE_CLAIMS,
  body,
  IAT,
  jwtServer,
  profileWith,
  signWithServerKey,
  stepCodes,
} from './arrange-jwt'

const UP_TO_SIGNATURE = [
  'passed route.matched',
  'passed token.split',
  'passed token.header-checked',
  'passed token.signature-checked',
]

/** Alice's claims with some replaced or, given undefined, left out. */
function claims(changes: Record<string, unknown>) {
  const result: Record<string, unknown> = { ...ALICE_CLAIMS, ...changes }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete result[name]
  }
  return result
}

describe('the claims a genuine token must carry (RFC 8725 §3.8, §3.9)', () => {
  let state: ServerState
  beforeAll(async () => {
    ;({ state } = await jwtServer())
  })

  const profileSignedWith = (changes: Record<string, unknown>) =>
    profileWith(state, signWithServerKey(state, claims(changes)))

  function expectRefusedClaims(reply: ServerReply, message: string) {
    expect(reply.response.status).toBe(401)
    expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBe(
      'Bearer error="invalid_token", error_description="The token claims are invalid"',
    )
    expect(body(reply)).toEqual({ error: 'token_claims_invalid', message })
    expect(reply.steps.at(-1)).toEqual({
      code: 'token.claims-checked',
      ok: false,
      message,
    })
  }

  it('refuses a token from another issuer, signed with the same key', async () => {
    const reply = await profileSignedWith({ iss: 'https://auth.example.org' })

    expectRefusedClaims(
      reply,
      'iss is "https://auth.example.org", but this server accepts only tokens it issued itself, iss "https://example.com" (RFC 8725 §3.8): one made by another issuer is refused, even when its signature holds.',
    )
    expect(stepCodes(reply)).toEqual([...UP_TO_SIGNATURE, 'FAILED token.claims-checked'])
  })

  it('refuses a token without iss', async () => {
    expectRefusedClaims(
      await profileSignedWith({ iss: undefined }),
      'The token has no "iss" claim, so nothing says who issued it; this server accepts only tokens issued by https://example.com (RFC 8725 §3.8).',
    )
  })

  it('refuses a token meant for another service', async () => {
    expectRefusedClaims(
      await profileSignedWith({ aud: ['https://billing.example.com'] }),
      'aud is ["https://billing.example.com"], which does not name this server, "https://example.com": the token was meant for another service, so it is refused here (RFC 8725 §3.9).',
    )
  })

  it('refuses a token without aud', async () => {
    expectRefusedClaims(
      await profileSignedWith({ aud: undefined }),
      'The token has no "aud" claim, so nothing says which service it is for; this server accepts only tokens meant for https://example.com (RFC 8725 §3.9).',
    )
  })

  it('accepts an aud list that names this server among others', async () => {
    const reply = await profileSignedWith({
      aud: ['https://billing.example.com', 'https://example.com'],
    })

    expect(reply.response.status).toBe(200)
  })
})

describe('refusals jose makes for other reasons than the signature', () => {
  let state: ServerState
  beforeAll(async () => {
    ;({ state } = await jwtServer())
  })

  it('reports an nbf still ahead under the claims check, after a verified signature', async () => {
    const token = signWithServerKey(state, claims({ nbf: IAT + 600 }))
    const reply = await profileWith(state, token)

    expect(reply.response.status).toBe(401)
    expect(body(reply)).toEqual({
      error: 'token_claims_invalid',
      message:
        'nbf 2026-01-15T12:10:00Z is still ahead: the token is not valid for another 10 min, so it is refused until then.',
    })
    expect(stepCodes(reply)).toEqual([...UP_TO_SIGNATURE, 'FAILED token.claims-checked'])
  })

  it('reports a missing exp under the exp check, without claiming iss and aud were compared', async () => {
    const token = signWithServerKey(state, claims({ exp: undefined }))
    const reply = await profileWith(state, token)

    expect(reply.response.status).toBe(401)
    expect(body(reply)).toEqual({
      error: 'token_claims_invalid',
      message:
        'The token has no "exp" claim, and this server accepts only tokens that expire. Log in again for a token that carries one.',
    })
    expect(stepCodes(reply)).toEqual([...UP_TO_SIGNATURE, 'FAILED token.exp-checked'])
  })

  it('reports an exp that is no NumericDate under the exp check', async () => {
    const token = signWithServerKey(state, claims({ exp: 'tomorrow' }))
    const reply = await profileWith(state, token)

    expect(body(reply)['message']).toBe(
      'exp is "tomorrow", not a NumericDate (seconds since 1970, RFC 7519 §2), so nobody can tell when the token expires. Log in again for a new one.',
    )
    expect(stepCodes(reply)).toEqual([
      ...UP_TO_SIGNATURE,
      'passed token.claims-checked',
      'FAILED token.exp-checked',
    ])
  })

  it('reports a critical header extension it does not understand under the header check', async () => {
    const token = signWithServerKey(state, claims({}), {
      alg: 'HS256',
      typ: 'JWT',
      crit: ['x-bound'],
      'x-bound': true,
    })
    const reply = await profileWith(state, token)

    expect(reply.response.status).toBe(401)
    expect(body(reply)).toEqual({
      error: 'token_header_invalid',
      message:
        'alg "HS256" is on the pinned list, but jose refused the header: Extension Header Parameter "x-bound" is not recognized. A server must refuse a header it cannot fully honour, such as an unknown "crit" extension (RFC 7515 §4.1.11).',
    })
    expect(stepCodes(reply)).toEqual([
      'passed route.matched',
      'passed token.split',
      'FAILED token.header-checked',
    ])
  })

  it('reports a genuine token without a profile’s claims under the claims check', async () => {
    const token = signWithServerKey(state, claims({ role: undefined }))
    const reply = await profileWith(state, token)

    expect(body(reply)).toEqual({
      error: 'token_claims_invalid',
      message:
        'The token is genuine, but it lacks what a profile needs: a numeric "sub", a "name" and a "role" claim.',
    })
    expect(reply.steps.at(-1)).toMatchObject({ code: 'token.claims-checked', ok: false })
  })
})
