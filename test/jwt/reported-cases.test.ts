/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import { claimRows } from '../../src/jwt/claims'
import { decodeToken } from '../../src/jwt/decode-token'
import { checkHmacSignature } from '../../src/jwt/hmac-check'
import { readConformanceJson } from '../conformance/read-conformance'

/** One entry of shared/cases/reported-cases.json; input and expected differ by case. */
interface ReportedCase {
  readonly id: string
  readonly kind: string
  readonly input: unknown
  readonly expected: unknown
}

const CASES = readConformanceJson('cases/reported-cases.json') as readonly ReportedCase[]

function reported<Input, Expected>(id: string): { input: Input; expected: Expected } {
  const found = CASES.find((entry) => entry.id === id)
  if (found === undefined) throw new Error(`reported-cases.json has no case "${id}"`)
  return { input: found.input as Input, expected: found.expected as Expected }
}

type Claims = Record<string, unknown>

const DECODE_CASES = [
  'jwt-decode-unicode-utf8',
  'jwt-decode-bearer-prefix-and-whitespace',
  'jwt-decode-nested-object-claims',
  'jwt-decode-jwe-pasted',
  'jwt-decode-base64-instead-of-base64url',
]

describe('reported jwt-decode cases', () => {
  it('covers every jwt-decode case in the file', () => {
    const ids = CASES.filter((entry) => entry.kind === 'jwt-decode').map(
      (entry) => entry.id,
    )
    expect(ids.sort()).toEqual([...DECODE_CASES].sort())
  })

  it('decodes non-ASCII claims as UTF-8, never as Latin-1 mojibake', async () => {
    const { input, expected } = reported<
      { token: string; secret: string },
      { header: Claims; payload: Claims; must_not_display: string[] }
    >('jwt-decode-unicode-utf8')
    const decoded = decodeToken(input.token)

    expect(decoded.header).toEqual(expected.header)
    expect(decoded.payload).toEqual(expected.payload)
    expect(decoded.parts[1]?.text).toMatch(/^[A-Za-z0-9_-]+$/)
    for (const mojibake of expected.must_not_display) {
      expect(decoded.payloadText).not.toContain(mojibake)
    }
    expect((await checkHmacSignature(input.token, input.secret)).verdict).toBe('verified')
  })

  describe('a pasted "Bearer <jwt>" and whitespace', () => {
    type Variants = Record<string, string>
    const { input, expected } = reported<
      { secret: string; pasted_variants: Variants },
      Record<string, { normalized_token?: string; header?: Claims; payload?: Claims }>
    >('jwt-decode-bearer-prefix-and-whitespace')
    const variants = input.pasted_variants

    it.each(['bearer', 'bearer_lowercase_with_newline', 'padded_with_spaces'])(
      'strips the wrapping of the %s variant with a notice and verifies the token',
      async (variant) => {
        const decoded = decodeToken(variants[variant] ?? '')

        expect(decoded.token).toBe(expected[variant]?.normalized_token)
        expect(decoded.notices.length).toBeGreaterThan(0)
        expect(decoded.problems).toEqual([])
        const check = await checkHmacSignature(variants[variant] ?? '', input.secret)
        expect(check.verdict).toBe('verified')
      },
    )

    it('says which prefix it removed, with the case it was written in', () => {
      expect(decodeToken(variants['bearer'] ?? '').notices).toContainEqual({
        code: 'removed-bearer-prefix',
        message: 'removed "Bearer " prefix',
      })
      expect(decodeToken(variants['bearer'] ?? '').header).toEqual(
        expected['bearer']?.header,
      )
      expect(decodeToken(variants['bearer'] ?? '').payload).toEqual(
        expected['bearer']?.payload,
      )
      expect(
        decodeToken(variants['bearer_lowercase_with_newline'] ?? '').notices.map(
          (n) => n.message,
        ),
      ).toEqual([
        'removed whitespace or line breaks around the token',
        'removed "bearer " prefix',
      ])
    })

    it('reports a space inside the signature as malformed, never as verified', async () => {
      const token = variants['space_inside_signature'] ?? ''
      const decoded = decodeToken(token)
      const check = await checkHmacSignature(token, input.secret)

      const space = token.indexOf(' ')
      expect(decoded.problems).toMatchObject([
        {
          code: 'whitespace-inside',
          part: 'signature',
          offset: space,
          position: space + 1,
        },
      ])
      expect(check.verdict).toBe('malformed')
      expect(check.message).toContain(
        `malformed JWS: whitespace at character ${space + 1} of the token, in segment 3 (signature)`,
      )
      expect(check.message).not.toMatch(/signature verified/i)
    })

    it('reports a %20 inside the signature as URL-encoding, not a base64url character', () => {
      const token = variants['percent20_inside_signature'] ?? ''

      expect(decodeToken(token).problems).toMatchObject([
        { code: 'percent-encoded', part: 'signature', offset: token.indexOf('%') },
      ])
      expect(decodeToken(token).problems[0]?.message).toContain(
        `"%" at character ${token.indexOf('%') + 1} of the token, in segment 3 (signature), is not a base64url character (URL-encoded space?)`,
      )
    })

    it('reports a space inside the payload as a format error, not only a bad signature', async () => {
      const token = variants['space_inside_payload'] ?? ''
      const check = await checkHmacSignature(token, input.secret)

      expect(check.decoded.problems).toMatchObject([
        { code: 'whitespace-inside', part: 'payload' },
      ])
      expect(check.verdict).toBe('malformed')
      expect(check.message).toMatch(
        /^malformed JWS: whitespace at character \d+ of the token, in segment 2 \(payload\)/,
      )
    })
  })

  it('shows object and array claims as compact JSON, never "[object Object]"', async () => {
    const { input, expected } = reported<
      { token: string; secret: string },
      { payload: Claims; claims_table_rows: Record<string, string> }
    >('jwt-decode-nested-object-claims')
    const decoded = decodeToken(input.token)
    const rows = claimRows(decoded.payload ?? {})

    expect(decoded.payload).toEqual(expected.payload)
    for (const [name, value] of Object.entries(expected.claims_table_rows)) {
      expect(rows.find((row) => row.name === name)?.value).toBe(value)
    }
    expect(rows.map((row) => row.value).join('\n')).not.toContain('[object Object]')
    expect((await checkHmacSignature(input.token, input.secret)).verdict).toBe('verified')
  })

  it('recognises a pasted 5-part JWE, reads its header and calls the rest encrypted', async () => {
    const { input, expected } = reported<
      { token: string },
      { token_type: string; protected_header: Claims }
    >('jwt-decode-jwe-pasted')
    const decoded = decodeToken(input.token)
    const check = await checkHmacSignature(input.token, 'any secret')

    expect(decoded.kind).toBe('jwe')
    expect(decoded.kindLabel).toBe(expected.token_type)
    expect(decoded.header).toEqual(expected.protected_header)
    expect(decoded.parts.map((part) => part.name)).toEqual([
      'header',
      'encrypted-key',
      'iv',
      'ciphertext',
      'tag',
    ])
    expect(decoded.payload).toBeNull()
    expect(decoded.problems).toEqual([])
    expect(decoded.encryptedNote).toContain('only the protected header is readable')
    expect(decoded.encryptedNote).toContain('The encrypted key is empty')
    expect(check.verdict).toBe('encrypted')
    expect(check.message).not.toMatch(/invalid signature/i)
  })

  it('reports a standard-base64 signature as malformed and says the MAC would match', async () => {
    const { input, expected } = reported<
      { token: string; secret: string },
      { header: Claims; payload: Claims; canonical_token: string }
    >('jwt-decode-base64-instead-of-base64url')
    const decoded = decodeToken(input.token)
    const check = await checkHmacSignature(input.token, input.secret)

    expect(decoded.problems.map(({ code, part }) => [code, part])).toEqual([
      ['standard-base64', 'signature'],
      ['base64-padding', 'signature'],
    ])
    expect(decoded.problems[0]?.message).toContain(
      'segment 3 (signature) contains "+" or "/" (standard base64 alphabet)',
    )
    expect(decoded.problems[1]?.message).toContain(
      'segment 3 (signature) ends with "=" padding',
    )
    expect(decoded.header).toEqual(expected.header)
    expect(decoded.payload).toEqual(expected.payload)
    expect(decoded.canonicalToken).toBe(expected.canonical_token)
    expect(check.verdict).toBe('malformed')
    expect(check.match).toBe(true)
    expect(check.message).toContain(
      'the signature bytes do match once re-encoded as base64url',
    )
  })
})

describe('reported jwt-verify cases, as far as the HMAC check goes', () => {
  it('decodes an alg "none" token but never reports it as verified', async () => {
    const { input, expected } = reported<
      { unsecured_token: string; secret_typed_by_user: string },
      { unsecured_token: { header: Claims; payload: Claims } }
    >('jwt-verify-alg-none')
    const check = await checkHmacSignature(
      input.unsecured_token,
      input.secret_typed_by_user,
    )

    expect(check.decoded.header).toEqual(expected.unsecured_token.header)
    expect(check.decoded.payload).toEqual(expected.unsecured_token.payload)
    expect(check.verdict).toBe('unsigned')
    expect(check.message).toContain('alg none: no signature, never verified')
    expect(check.message).not.toMatch(/signature verified/i)
  })

  it('calls an alg "none" token with a signature segment malformed', async () => {
    const { input } = reported<
      { unsecured_token_with_nonempty_signature: string; secret_typed_by_user: string },
      unknown
    >('jwt-verify-alg-none')
    const check = await checkHmacSignature(
      input.unsecured_token_with_nonempty_signature,
      input.secret_typed_by_user,
    )

    expect(check.verdict).toBe('malformed')
    expect(check.message).toBe(
      'malformed: alg "none" requires an empty signature segment (RFC 7518 §3.6)',
    )
  })

  it('shows "invalid" for another secret and leaves the pasted token as it was', async () => {
    const { input, expected } = reported<
      { token: string; secret_A_used_to_sign: string; secret_B_typed: string },
      { after_explicit_resign_with_B: { new_token: string } }
    >('jwt-verify-editing-secret-does-not-resign')

    const withB = await checkHmacSignature(input.token, input.secret_B_typed)
    expect(withB.verdict).toBe('mismatch')
    expect(withB.decoded.token).toBe(input.token)
    expect(withB.signatureReceived).toBe(input.token.split('.')[2])

    const withA = await checkHmacSignature(input.token, input.secret_A_used_to_sign)
    expect(withA.verdict).toBe('verified')

    const resigned = expected.after_explicit_resign_with_B.new_token
    expect(withB.signatureComputed).toBe(resigned.split('.')[2])
    expect((await checkHmacSignature(resigned, input.secret_B_typed)).verdict).toBe(
      'verified',
    )
  })
})
