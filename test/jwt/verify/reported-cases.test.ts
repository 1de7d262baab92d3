import { describe, expect, it } from 'vitest'
import { readVerificationKey } from '../../../src/jwt/keys/read-verification-key'
import { CASES, reported, verdictOf, verifyWith } from './reported'

const VERIFY_CASES = [
  'jwt-verify-secret-base64-toggle',
  'jwt-verify-pem-missing-armor',
  'jwt-verify-rsa-key-too-small',
  'jwt-verify-alg-none',
  'jwt-verify-eddsa-okp',
  'jwt-verify-nbf-exp-leeway',
  'jwt-verify-editing-secret-does-not-resign',
]

describe('reported jwt-verify cases', () => {
  it('covers every jwt-verify case in the file', () => {
    const ids = CASES.filter((entry) => entry.kind === 'jwt-verify').map(
      (entry) => entry.id,
    )
    expect(ids.sort()).toEqual([...VERIFY_CASES].sort())
  })

  it('secret-base64-toggle: the toggle only changes the key bytes, and a failure names the reading that verifies', async () => {
    const { input, expected } = reported<
      {
        secret_text: string
        token_signed_with_text_bytes: string
        token_signed_with_decoded_bytes: string
      },
      Record<string, { toggle_off: string; toggle_on: string }>
    >('jwt-verify-secret-base64-toggle')
    for (const name of [
      'token_signed_with_text_bytes',
      'token_signed_with_decoded_bytes',
    ] as const) {
      const off = await verifyWith(input[name], input.secret_text)
      const on = await verifyWith(input[name], input.secret_text, {
        secretEncoding: 'base64',
      })
      expect([off.verdict.ok, on.verdict.ok]).toEqual([
        expected[name]?.toggle_off === 'valid',
        expected[name]?.toggle_on === 'valid',
      ])
    }
    const textBytes = await verifyWith(
      input.token_signed_with_text_bytes,
      input.secret_text,
      {
        secretEncoding: 'base64',
      },
    )
    expect(textBytes.key.summary).toBe(
      'HMAC secret, 35 bytes (280 bits), decoded from base64',
    )
    expect(textBytes.verdict.ok ? '' : textBytes.verdict.message).toContain(
      'Read as UTF-8 text instead (48 bytes), the same secret does verify this token: under "Read a secret as", choose "UTF-8 text".',
    )
    const decodedBytes = await verifyWith(
      input.token_signed_with_decoded_bytes,
      input.secret_text,
    )
    expect(decodedBytes.key.summary).toBe(
      'HMAC secret, 48 bytes (384 bits), the UTF-8 bytes of the text',
    )
    expect(decodedBytes.verdict.ok ? '' : decodedBytes.verdict.message).toContain(
      'Read as base64 instead (35 bytes), the same secret does verify this token: under "Read a secret as", choose "base64 or base64url bytes".',
    )
    const key = await readVerificationKey(input.secret_text, { secretEncoding: 'base64' })
    const bytes = key.ok ? key.key.material : null
    expect(bytes instanceof Uint8Array ? new TextDecoder().decode(bytes) : null).toBe(
      'secret-key-for-demo-only-0123456789',
    )
  })

  it('pem-missing-armor: wraps a bare base64 SPKI body, says so, and verifies; never "invalid signature"', async () => {
    const { input } = reported<{ token: string; public_key_as_pasted: string }, unknown>(
      'jwt-verify-pem-missing-armor',
    )
    const reading = await readVerificationKey(input.public_key_as_pasted)
    expect(reading.ok && reading.key.description.summary).toBe(
      'RSA public key, 2048-bit modulus, from bare base64 DER SubjectPublicKeyInfo (no BEGIN/END lines)',
    )
    expect(reading.notices).toEqual([
      {
        code: 'armour-added',
        message:
          'added the missing -----BEGIN PUBLIC KEY----- and -----END PUBLIC KEY----- lines: the pasted text is the bare base64 of a SubjectPublicKeyInfo',
      },
    ])
    const result = await verifyWith(input.token, input.public_key_as_pasted)
    expect(result.verdict).toEqual({
      ok: true,
      message: 'signature verified (RS256) and claims valid (iat)',
    })
  })

  it('rsa-key-too-small: refuses 1024- and 2028-bit keys by size, saying the arithmetic holds', async () => {
    const { input } = reported<
      Record<'key_1024' | 'key_2028', { token: string; public_key_pem: string }>,
      unknown
    >('jwt-verify-rsa-key-too-small')
    for (const [name, bits] of [
      ['key_1024', 1024],
      ['key_2028', 2028],
    ] as const) {
      const result = await verifyWith(input[name].token, input[name].public_key_pem)
      expect(result.verdict).toEqual({
        ok: false,
        check: 'key-refused',
        message: `key refused: the RSA key is ${bits} bits; the signature is mathematically valid (checked directly with WebCrypto), but jose requires 2048 bits or more for RS256 (RFC 7518 §3.3, §3.5), so no compliant verifier accepts it. Generate a key of at least 2048 bits`,
      })
      expect(result.steps.some((step) => step.name === 'signature')).toBe(false)
    }
  })

  it('alg-none: decodes the unsecured token but never verifies it, whatever key is entered', async () => {
    const { input, expected } = reported<
      {
        unsecured_token: string
        unsecured_token_with_nonempty_signature: string
        secret_typed_by_user: string
      },
      { unsecured_token: { header: object; payload: object; status: string } }
    >('jwt-verify-alg-none')
    const rsa = reported<{ public_key_as_pasted: string }, unknown>(
      'jwt-verify-pem-missing-armor',
    )
    for (const key of [input.secret_typed_by_user, rsa.input.public_key_as_pasted]) {
      const result = await verifyWith(input.unsecured_token, key)
      expect(result.header).toEqual(expected.unsecured_token.header)
      expect(result.claims).toEqual(expected.unsecured_token.payload)
      expect(verdictOf(result)).toBe('alg-none')
      expect(result.verdict.message).toMatch(/^Unsecured JWT - no signature to verify: /)
      expect(result.verdict.message).not.toMatch(/signature verified/i)
      const nonEmpty = await verifyWith(
        input.unsecured_token_with_nonempty_signature,
        key,
      )
      expect(verdictOf(nonEmpty)).toBe('format')
      expect(nonEmpty.verdict.message).toMatch(
        /^malformed: alg "none" requires an empty signature segment \(RFC 7518 §3\.6\)/,
      )
    }
  })

  it('eddsa-okp: verifies alg EdDSA and alg Ed25519 with the OKP JWK (no alg member) and the PEM', async () => {
    const { input } = reported<
      {
        public_jwk: object
        public_key_pem: string
        token_alg_EdDSA: string
        token_alg_Ed25519: string
      },
      unknown
    >('jwt-verify-eddsa-okp')
    for (const key of [JSON.stringify(input.public_jwk), input.public_key_pem]) {
      for (const token of [input.token_alg_EdDSA, input.token_alg_Ed25519]) {
        const result = await verifyWith(token, key)
        expect(verdictOf(result)).toBe('valid')
        expect(result.key.curve).toBe('Ed25519')
        expect(result.signature?.form).toBe('eddsa')
      }
    }
    const named = await verifyWith(
      input.token_alg_Ed25519,
      JSON.stringify(input.public_jwk),
    )
    expect(named.steps.find((step) => step.name === 'algorithm')?.message).toBe(
      'alg Ed25519: "Ed25519" is the fully specified name for EdDSA on Ed25519 (RFC 9864): the same 64-byte signatures, R (32) and S (32), as alg "EdDSA" with an Ed25519 key',
    )
  })

  it('editing-secret-does-not-resign: another secret shows "invalid" and the token stays as pasted', async () => {
    const { input, expected } = reported<
      { token: string; secret_A_used_to_sign: string; secret_B_typed: string },
      { after_explicit_resign_with_B: { new_token: string } }
    >('jwt-verify-editing-secret-does-not-resign')
    const withB = await verifyWith(input.token, input.secret_B_typed)
    expect(verdictOf(withB)).toBe('signature')
    expect(withB.signingInput).toBe(input.token.split('.').slice(0, 2).join('.'))
    expect(verdictOf(await verifyWith(input.token, input.secret_A_used_to_sign))).toBe(
      'valid',
    )
    const resigned = expected.after_explicit_resign_with_B.new_token
    expect(verdictOf(await verifyWith(resigned, input.secret_B_typed))).toBe('valid')
    expect(verdictOf(await verifyWith(resigned, input.secret_A_used_to_sign))).toBe(
      'signature',
    )
  })
})
