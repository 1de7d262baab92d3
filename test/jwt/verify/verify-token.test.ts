/// <reference types="node" />
import { createSign } from 'node:crypto'
import { SignJWT } from 'jose'
import { describe, expect, it } from 'vitest'
import { verifyToken } from '../../../src/jwt/verify/verify-token'
import { keyPair, pemOf } from '../keys/arrange-keys'
import { CASE_NOW, keyOf, verdictOf, verifyWith } from './reported'
import { JOSE_VECTORS, publicPart } from './vector-data'

const rsa = keyPair('rsa')
const p256 = keyPair('ec')
const RSA_PEM = pemOf(rsa.publicKey, 'spki')
const P256_PEM = pemOf(p256.publicKey, 'spki')
const SECRET = 'a-secret-of-thirty-two-bytes-000'
const IAT = Math.floor(CASE_NOW / 1000)

const signed = (
  alg: string,
  key: Parameters<SignJWT['sign']>[0],
  claims: object = { iat: IAT },
) => new SignJWT({ ...claims }).setProtectedHeader({ alg }).sign(key)
const hs256 = (claims?: object) =>
  signed('HS256', new TextEncoder().encode(SECRET), claims)
const a1 = JOSE_VECTORS.find((vector) => vector.id === 'rfc7515-A.1')

describe('verifyToken: the steps, for each family', () => {
  it('walks an HMAC token through read, header, algorithm, key, signing input, signature and claims', async () => {
    const token = a1?.serializations?.['compact'] as string
    const key = await keyOf(JSON.stringify(a1?.keys?.[0]))
    const result = await verifyToken(token, key, {
      now: Date.parse('2011-01-01T00:00:00Z'),
    })
    expect(result.steps.map((step) => `${step.name} ${step.outcome}`)).toEqual([
      'read passed',
      'header passed',
      'algorithm passed',
      'key passed',
      'signing-input info',
      'signature passed',
      'payload info',
      'exp passed',
    ])
    expect(result.steps[4]?.message).toBe(
      'signed: the 135 bytes of the protected header as received, ".", and the payload as received, in base64url. These exact bytes are checked; nothing is re-encoded from the decoded JSON',
    )
    expect(result.steps[5]?.message).toBe(
      'jose verified the HS256 signature (32 bytes: the whole HMAC-SHA-256 output) with HMAC secret, 64 bytes, from JSON Web Key (JWK): the signing input is exactly what the key holder signed',
    )
    expect(result.verdict).toEqual({
      ok: true,
      message: 'signature verified (HS256) and claims valid (exp)',
    })
  })

  it('names RSA, ECDSA and EdDSA signatures by size and form', async () => {
    const forms: Record<string, string> = {
      'rfc7515-A.2':
        "the RS256 signature (256 bytes: one number as long as the key's 2048-bit modulus)",
      'rfc7515-A.3':
        'the ES256 signature (64 bytes: ECDSA R (32 bytes) followed by S (32 bytes))',
      'rfc8037-A.4':
        'the EdDSA signature (64 bytes: Ed25519 R (32 bytes) followed by S (32 bytes))',
    }
    for (const [id, form] of Object.entries(forms)) {
      const vector = JOSE_VECTORS.find((entry) => entry.id === id)
      const key = await keyOf(JSON.stringify(publicPart(vector?.keys?.[0] ?? {})))
      const result = await verifyToken(
        vector?.serializations?.['compact'] as string,
        key,
        {
          now: Date.parse('2011-01-01T00:00:00Z'),
        },
      )
      expect(
        result.steps.find(
          (step) => step.outcome === 'passed' && step.name === 'signature',
        )?.message,
      ).toContain(form)
    }
  })

  it('warns about an HMAC secret shorter than the hash', async () => {
    const result = await verifyWith(
      await signed('HS256', new TextEncoder().encode('short')),
      'short',
    )
    expect(result.steps.find((step) => step.name === 'key')?.message).toBe(
      'checked with HMAC secret, 5 bytes (40 bits), the UTF-8 bytes of the text; note: the key is 5 bytes; RFC 7518 §3.2 requires at least 32 bytes for HS256, and a short secret can be guessed offline from any token',
    )
  })
})

describe('verifyToken: what it refuses', () => {
  it('refuses an HS256 token against a public key: the algorithm-confusion attack', async () => {
    const forged = await signed('HS256', new TextEncoder().encode(RSA_PEM))
    const result = await verifyWith(forged, RSA_PEM)
    expect(verdictOf(result)).toBe('key-mismatch')
    expect(result.verdict.message).toBe(
      'the token says HS256 (HMAC with a shared secret), but the key is RSA public key, 2048-bit modulus, from PEM SubjectPublicKeyInfo (BEGIN PUBLIC KEY). A verifier must never use a public key as an HMAC secret: that is the algorithm-confusion attack, where anyone holding the public key could sign (RFC 8725 §2.1, §3.1)',
    )
  })

  it('refuses a key of the wrong curve, and an algorithm off an explicit allow list', async () => {
    const p384 = keyPair('ec', { namedCurve: 'P-384' })
    const es384 = await signed('ES384', p384.privateKey)
    expect((await verifyWith(es384, P256_PEM)).verdict.message).toBe(
      'ES384 needs a key on P-384, and this key is on P-256: the token was signed with another key',
    )
    const rs256 = await signed('RS256', rsa.privateKey)
    const result = await verifyWith(rs256, RSA_PEM, { algorithms: ['PS256'] })
    expect(verdictOf(result)).toBe('algorithm-not-allowed')
    expect(verdictOf(await verifyWith(rs256, RSA_PEM, { algorithms: ['RS256'] }))).toBe(
      'valid',
    )
  })

  it('recognises a DER-encoded ECDSA signature and says the raw R ‖ S form is required', async () => {
    const input = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJzdHVkZW50LTIifQ'
    const der = createSign('SHA256')
      .update(input)
      .sign({ key: p256.privateKey, dsaEncoding: 'der' })
    const result = await verifyWith(`${input}.${der.toString('base64url')}`, P256_PEM)
    expect(verdictOf(result)).toBe('signature')
    expect(result.signature?.form).toBe('ecdsa-der')
    expect(result.signature?.halves?.halfBytes).toBe(32)
    expect(result.verdict.message).toMatch(
      /^invalid signature: this is a DER-encoded ECDSA signature \(an ASN\.1 SEQUENCE of two INTEGERs, 7\d bytes\).*Rewritten as R ‖ S, the same signature does verify: the signer emitted DER and must convert it; a verifier must not\.$/,
    )
  })

  it('says "not supported" for algorithms jose does not implement', async () => {
    const header = (alg: string) =>
      Buffer.from(JSON.stringify({ alg })).toString('base64url')
    const es256k = await verifyWith(`${header('ES256K')}.e30.c2ln`, P256_PEM)
    expect(es256k.verdict).toEqual({
      ok: false,
      check: 'not-supported',
      message:
        'ES256K (ECDSA on secp256k1, RFC 8812) is not supported: WebCrypto has no secp256k1, so jose cannot check it; the signature may be valid, it just cannot be checked here',
    })
    expect(verdictOf(await verifyWith(`${header('HS1')}.e30.c2ln`, SECRET))).toBe(
      'not-supported',
    )
  })

  it('explains an encrypted token instead of verifying it', async () => {
    const jwe = `${Buffer.from('{"alg":"RSA-OAEP","enc":"A256GCM"}').toString('base64url')}.a.b.c.d`
    expect((await verifyWith(jwe, RSA_PEM)).verdict.message).toMatch(
      /^this is an encrypted token \(JWE, RSA-OAEP with A256GCM\): it has no signature to verify/,
    )
  })

  it('checks iss, aud and an iat in the future, reporting every claim', async () => {
    const token = await hs256({
      iss: 'https://other.example',
      aud: ['api'],
      iat: IAT + 3600,
    })
    const result = await verifyWith(token, SECRET, {
      issuer: 'https://example.com',
      audience: 'api',
    })
    expect(result.steps.slice(-3).map((step) => `${step.name} ${step.outcome}`)).toEqual([
      'iat failed',
      'iss failed',
      'aud passed',
    ])
    expect(result.verdict).toEqual({
      ok: false,
      check: 'iat-in-future',
      message:
        "iat 2026-01-15T13:00:00Z is 1 hour in the future: no token is issued after now, so the issuer's clock is wrong or the token was made up (RFC 7519 §4.1.6)",
    })
    const noIssuer = await verifyWith(await hs256(), SECRET, {
      issuer: 'https://example.com',
    })
    expect(noIssuer.verdict.ok ? '' : noIssuer.verdict.check).toBe('iss')
  })
})

describe('verifyToken: the token as received', () => {
  it('verifies the bytes received and never repairs them', async () => {
    const token = await hs256()
    const [header, payload, signature] = token.split('.')
    const padded = `${header}.${payload}.${signature}=`
    const result = await verifyWith(padded, SECRET)
    expect(verdictOf(result)).toBe('format')
    const bearer = await verifyWith(`Bearer ${token}`, SECRET)
    expect([verdictOf(bearer), bearer.signingInput]).toEqual([
      'valid',
      `${header}.${payload}`,
    ])
    expect(bearer.notices.map((notice) => notice.code)).toEqual(['removed-bearer-prefix'])
  })

  it('treats misuse of its own API as a TypeError', async () => {
    const key = await keyOf(SECRET)
    await expect(verifyToken(42 as unknown as string, key)).rejects.toThrow(TypeError)
    await expect(verifyToken('a.b.c', {} as typeof key)).rejects.toThrow(TypeError)
  })
})
