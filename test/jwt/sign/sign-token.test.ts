import { compactVerify, generateKeyPair, type CryptoKey } from 'jose'
import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../../src/jwt/decode-token'
import { checkHmacSignature } from '../../../src/jwt/hmac-check'
import { generateSigningKey } from '../../../src/jwt/sign/generate-key'
import { signToken, type SignOutcome } from '../../../src/jwt/sign/sign-token'
import { SIGNING_ALGORITHMS } from '../../../src/jwt/sign/signing-algorithms'

const PAYLOAD =
  '{\n  "sub": "student-7",\n  "scope": "read:grades",\n  "iat": 1768478400\n}'
const SECRET = new TextEncoder().encode('a-32-byte-secret-for-hs256-tests')

function signed(outcome: SignOutcome) {
  if (!outcome.ok) throw new Error(`${outcome.code}: ${outcome.message}`)
  return outcome
}

describe('signToken', () => {
  it.each(SIGNING_ALGORITHMS)(
    'signs with %s, and jose verifies it with the other key',
    async (alg) => {
      const key = await generateSigningKey(alg)
      const signingKey = key.kind === 'secret' ? key.key : key.privateKey
      const verifyingKey = key.kind === 'secret' ? key.key : key.publicKey

      const result = signed(
        await signToken({
          headerJson: '{"typ":"JWT","kid":"k-1"}',
          payloadJson: PAYLOAD,
          alg,
          key: signingKey,
        }),
      )
      const verified = await compactVerify(result.token, verifyingKey, {
        algorithms: [alg],
      })

      expect(result.headerText).toBe(`{"alg":"${alg}","typ":"JWT","kid":"k-1"}`)
      expect(verified.protectedHeader).toEqual({ alg, typ: 'JWT', kid: 'k-1' })
      expect(new TextDecoder().decode(verified.payload)).toBe(
        '{"sub":"student-7","scope":"read:grades","iat":1768478400}',
      )
      expect(decodeToken(result.token).problems).toEqual([])
    },
  )

  it('keeps the header exactly in the member order written', async () => {
    const headerJson =
      '{\n  "typ": "JWT",\n  "kid": "2026-01",\n  "alg": "HS256",\n  "x-lesson": 3\n}'
    const result = signed(
      await signToken({ headerJson, payloadJson: PAYLOAD, alg: 'HS256', key: SECRET }),
    )

    expect(result.headerText).toBe(
      '{"typ":"JWT","kid":"2026-01","alg":"HS256","x-lesson":3}',
    )
    expect(result.notes).toEqual([])
    expect(result.warnings).toEqual([])
  })

  it('adds a missing alg as the first member and says so', async () => {
    const result = signed(
      await signToken({
        headerJson: '{"typ":"JWT"}',
        payloadJson: '{}',
        alg: 'HS384',
        key: SECRET,
      }),
    )

    expect(result.header).toEqual({ alg: 'HS384', typ: 'JWT' })
    expect(result.notes).toEqual([
      'the header had no "alg", so "alg": "HS384" was added as its first member',
    ])
  })

  it('makes an HS256 token that the HMAC check verifies byte for byte', async () => {
    const result = signed(
      await signToken({
        headerJson: '{}',
        payloadJson: PAYLOAD,
        alg: 'HS256',
        key: SECRET,
      }),
    )
    const check = await checkHmacSignature(result.token, SECRET)

    expect(check.verdict).toBe('verified')
    expect(check.signatureComputed).toBe(result.signature)
  })

  it('refuses a header whose alg disagrees with the chosen one, pointing at the value', async () => {
    const outcome = await signToken({
      headerJson: '{\n  "alg": "none"\n}',
      payloadJson: PAYLOAD,
      alg: 'HS256',
      key: SECRET,
    })

    expect(outcome).toEqual({
      ok: false,
      code: 'alg-mismatch',
      message:
        'the header says "alg": "none", but HS256 is chosen: make them agree, either by choosing "none" or by editing the header; the signer never signs under an "alg" it was not told',
      at: { part: 'header', offset: 11, line: 2, column: 10 },
      cause: undefined,
    })
  })

  it('reports a JSON fault in the payload with its line and column', async () => {
    const outcome = await signToken({
      headerJson: '{}',
      payloadJson: '{\n  "sub": "student-7",\n}',
      alg: 'HS256',
      key: SECRET,
    })

    expect(outcome).toMatchObject({
      ok: false,
      code: 'json-syntax',
      message:
        'payload JSON, line 2, column 21: trailing comma before "}": JSON allows none; remove it',
      at: { part: 'payload', line: 2, column: 21 },
    })
  })

  it('refuses a header that is not an object, and a payload that is not a claims set', async () => {
    const header = await signToken({
      headerJson: '["HS256"]',
      payloadJson: '{}',
      alg: 'HS256',
      key: SECRET,
    })
    const payload = await signToken({
      headerJson: '{}',
      payloadJson: '"hello"',
      alg: 'HS256',
      key: SECRET,
    })

    expect(header).toMatchObject({
      code: 'not-an-object',
      message:
        'header JSON, line 1, column 1: this is a JSON array, but a JOSE header must be a JSON object (RFC 7515 §4); wrap it in { }',
    })
    expect(payload).toMatchObject({ code: 'not-an-object', at: { part: 'payload' } })
  })

  it('refuses a crit extension it does not understand rather than sign it', async () => {
    const outcome = await signToken({
      headerJson: '{"crit":["exp"],"exp":1}',
      payloadJson: '{}',
      alg: 'HS256',
      key: SECRET,
    })

    expect(outcome).toMatchObject({ ok: false, code: 'header-rejected' })
  })

  it('refuses a key of the wrong kind, saying what the algorithm needs', async () => {
    const ec = await generateKeyPair('ES256', { extractable: true })
    const withEc = await signToken({
      headerJson: '{}',
      payloadJson: '{}',
      alg: 'RS256',
      key: ec.privateKey,
    })
    const withPublic = await signToken({
      headerJson: '{}',
      payloadJson: '{}',
      alg: 'ES256',
      key: ec.publicKey,
    })
    const withBytes = await signToken({
      headerJson: '{}',
      payloadJson: '{}',
      alg: 'PS256',
      key: SECRET,
    })

    expect(withEc).toMatchObject({
      code: 'wrong-key-type',
      message:
        'this key cannot sign RS256 (CryptoKey does not support this operation, its algorithm.name must be RSASSA-PKCS1-v1_5): RS256 needs an RSA private key (2048 bits or more); its public key verifies',
    })
    expect(withPublic).toMatchObject({
      code: 'wrong-key-type',
      message:
        'this is a public key, which can only verify: ES256 signs with an EC private key on curve P-256; its public key verifies',
    })
    expect(withBytes).toMatchObject({ code: 'wrong-key-type' })
  })

  it('asks for a secret when the HMAC key is empty, and warns about a short one', async () => {
    const empty = await signToken({
      headerJson: '{}',
      payloadJson: '{}',
      alg: 'HS256',
      key: new Uint8Array(0),
    })
    const short = signed(
      await signToken({ headerJson: '{}', payloadJson: '{}', alg: 'HS512', key: SECRET }),
    )

    expect(empty).toMatchObject({ ok: false, code: 'no-key' })
    expect(short.warnings).toEqual([
      'the secret is 32 bytes; RFC 7518 §3.2 requires at least 64 bytes for HS512, and a short secret can be guessed offline from any token it signed',
    ])
  })

  it('warns when JavaScript would move an integer-like member name to the front', async () => {
    const result = signed(
      await signToken({
        headerJson: '{}',
        payloadJson: '{"sub":"x","2":"two"}',
        alg: 'HS256',
        key: SECRET,
      }),
    )

    expect(result.payloadText).toBe('{"2":"two","sub":"x"}')
    expect(result.warnings[0]).toMatch(
      /^payload JSON: member name "2" will be moved to the front/,
    )
  })

  it('makes a new token only when called: the same request signs the same HS256 token', async () => {
    const request = {
      headerJson: '{}',
      payloadJson: PAYLOAD,
      alg: 'HS256' as const,
      key: SECRET,
    }
    const first = signed(await signToken(request))
    const other = signed(await signToken({ ...request, key: new Uint8Array(32) }))

    expect(signed(await signToken(request)).token).toBe(first.token)
    expect(other.token).not.toBe(first.token)
  })

  it('rejects an algorithm outside its list as misuse', async () => {
    const key = (await generateKeyPair('ES256')).privateKey as CryptoKey
    await expect(
      signToken({ headerJson: '{}', payloadJson: '{}', alg: 'none' as 'HS256', key }),
    ).rejects.toThrow(TypeError)
  })
})
