/// <reference types="node" />
import { base64url, SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { checkHmacSignature } from '../../src/jwt/hmac-check'
import { readConformanceJson } from '../conformance/read-conformance'

interface JoseVector {
  readonly id: string
  readonly keys: readonly { readonly k?: string }[]
  readonly signing_input: string
  readonly signature_b64u: string
  readonly serializations: { readonly compact: string }
}

const VECTORS = readConformanceJson('vectors/jose-vectors.json') as {
  readonly vectors: readonly JoseVector[]
}

const RFC7515_A1 = VECTORS.vectors.find((vector) => vector.id === 'rfc7515-A.1')!

const CALLAHAN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const NOW = Date.parse('2026-01-15T12:00:00Z')
const KEY_64 = new TextEncoder().encode('k'.repeat(64))
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

const sign = (alg: string, claims: Record<string, unknown> = { sub: 'student-1' }) =>
  new SignJWT(claims).setProtectedHeader({ alg, typ: 'JWT' }).sign(KEY_64)

describe('checkHmacSignature', () => {
  it('verifies the RFC 7515 A.1 example with the raw bytes of its JWK', async () => {
    const key = base64url.decode(RFC7515_A1.keys[0]?.k ?? '')
    const check = await checkHmacSignature(RFC7515_A1.serializations.compact, key)

    expect(check.signingInput).toBe(RFC7515_A1.signing_input)
    expect(check.signatureComputed).toBe(RFC7515_A1.signature_b64u)
    expect(check.signatureReceived).toBe(RFC7515_A1.signature_b64u)
    expect(check.keyBytes).toEqual(key)
    expect(check.match).toBe(true)
    expect(check.firstDifference).toBeNull()
    expect(check.verdict).toBe('verified')
  })

  it('signs the header and payload exactly as received, CRLFs and all', async () => {
    const key = base64url.decode(RFC7515_A1.keys[0]?.k ?? '')
    const check = await checkHmacSignature(RFC7515_A1.serializations.compact, key)

    expect(check.decoded.headerText).toBe('{"typ":"JWT",\r\n "alg":"HS256"}')
  })

  it('does not verify the Callahan token with "your-super-secret-key"', async () => {
    const check = await checkHmacSignature(CALLAHAN, 'your-super-secret-key')

    expect(check.decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(check.decoded.payload?.['name']).toBe('Michael Callahan')
    expect(check.keyBytes).toEqual(new TextEncoder().encode('your-super-secret-key'))
    expect(check.match).toBe(false)
    expect(check.verdict).toBe('mismatch')
    expect(check.message).toMatch(/^invalid signature/)
    expect(check.firstDifference).toBe(0)
  })

  it('warns that a 21-byte secret is shorter than HS256 requires', async () => {
    const check = await checkHmacSignature(CALLAHAN, 'your-super-secret-key')

    expect(check.keyWarning).toBe(
      'the key is 21 bytes; RFC 7518 §3.2 requires at least 32 bytes for HS256, and a short secret can be guessed offline from any token',
    )
  })

  it.each(['HS256', 'HS384', 'HS512'])('computes %s with WebCrypto', async (alg) => {
    const token = await sign(alg)
    const check = await checkHmacSignature(token, KEY_64)

    expect(check.verdict).toBe('verified')
    expect(check.signatureComputedBytes?.length).toBe(Number(alg.slice(2)) / 8)
    expect(check.keyWarning).toBeNull()
  })

  it('finds the first byte where a flipped signature differs', async () => {
    const token = await sign('HS256')
    const signature = base64url.decode(token.split('.')[2] ?? '')
    signature[5] = (signature[5] ?? 0) ^ 1
    const [header, payload] = token.split('.')
    const check = await checkHmacSignature(
      `${header}.${payload}.${base64url.encode(signature)}`,
      KEY_64,
    )

    expect(check.verdict).toBe('mismatch')
    expect(check.firstDifference).toBe(5)
  })

  it('calls a signature re-spelt in its unused bits malformed, never verified', async () => {
    const token = await sign('HS256')
    const [header, payload, signature = ''] = token.split('.')
    // 32 bytes fill 43 characters with 2 bits to spare: the lowest can flip freely.
    const last = BASE64URL.indexOf(signature.at(-1) ?? '')
    const respelt = `${header}.${payload}.${signature.slice(0, -1)}${BASE64URL.charAt(last ^ 1)}`
    const check = await checkHmacSignature(respelt, KEY_64)

    expect(check.match).toBe(true)
    expect(check.verdict).toBe('malformed')
    expect(check.message).toMatch(
      /^malformed JWS: ".+" at character \d+ of the token, in segment 3 \(signature\), sets bits that base64url leaves unused/,
    )
    expect(check.message).toContain(
      '; the signature bytes do match once re-encoded as base64url',
    )
    expect(check.decoded.canonicalToken).toBe(token)
  })

  it('refuses to check a public-key algorithm with a secret', async () => {
    const header = base64url.encode('{"alg":"RS256","typ":"JWT"}')
    const check = await checkHmacSignature(
      `${header}.${base64url.encode('{}')}.AAAA`,
      'secret',
    )

    expect(check.verdict).toBe('not-hmac')
    expect(check.message).toBe(
      'RS256 needs a public key; this box checks HMAC secrets (HS256, HS384, HS512)',
    )
  })

  it('asks for a secret instead of checking with an empty one', async () => {
    const check = await checkHmacSignature(await sign('HS256'), '')

    expect(check.verdict).toBe('no-key')
    expect(check.signatureComputed).toBeNull()
  })

  it('says how long a verified token has left when given the time', async () => {
    const exp = NOW / 1000 + 14 * 60 + 30
    const token = await sign('HS256', { sub: 'student-1', exp })

    const fresh = await checkHmacSignature(token, KEY_64, NOW)
    expect(fresh.expiry).toBe('expires in 14 min')
    expect(fresh.message).toContain('; the token expires in 14 min')

    const stale = await checkHmacSignature(token, KEY_64, NOW + 3 * 86_400_000)
    expect(stale.verdict).toBe('verified')
    expect(stale.expiry).toBe('expired 2 days ago')
    expect(stale.message).toContain('but the token expired 2 days ago')
  })
})
