/// <reference types="node" />
import type { JWK } from 'jose'
import { describe, expect, it } from 'vitest'
import { decryptJwe } from '../../../src/jwt/jwe/decrypt-jwe'
import { describeJwe } from '../../../src/jwt/jwe/describe-jwe'
import { readConformanceJson } from '../../conformance/read-conformance'

interface PastedJwe {
  readonly input: { readonly token: string; readonly optional_private_key_jwk: JWK }
  readonly expected: {
    readonly token_type: string
    readonly protected_header: Record<string, unknown>
    readonly segment_2_encrypted_key: string
    readonly payload_without_key: string
    readonly decrypted_claims_with_private_key: Record<string, unknown>
    readonly must_not_show: readonly string[]
  }
}

const CASES = readConformanceJson('cases/reported-cases.json') as readonly ({
  readonly id: string
} & PastedJwe)[]

const { input, expected } = CASES.find((entry) => entry.id === 'jwt-decode-jwe-pasted')!

describe('reported case jwt-decode-jwe-pasted: a 5-part JWE pasted into the workbench', () => {
  const description = describeJwe(input.token)
  if (!description.ok)
    throw new Error(`describeJwe refused the case: ${description.message}`)

  it('is recognised as a compact JWE and its protected header decoded', () => {
    expect(description.kindLabel).toBe(expected.token_type)
    expect(description.header).toEqual(expected.protected_header)
    expect(description.problems).toEqual([])
    expect(description.findings).toEqual([])
  })

  it('explains the header as a JWE header, alg managing the key rather than signing', () => {
    expect(description.rows.map((row) => row.name)).toEqual([
      'alg',
      'enc',
      'cty',
      'kid',
      'epk',
    ])
    expect(description.rows[0]?.explanation).toContain('Key management algorithm')
    expect(description.alg).toBe('ECDH-ES')
    expect(description.enc).toBe('A256GCM')
    expect(description.cty).toBe('JWT')
    expect(description.kid).toBe('enc-key-1')
    expect(description.epk).toEqual(expected.protected_header['epk'])
  })

  it('names the five segments and shows the empty encrypted key for what it is', () => {
    expect(description.segments.map((segment) => segment.label)).toEqual([
      'protected header',
      'encrypted key',
      'initialization vector (IV)',
      'ciphertext',
      'authentication tag',
    ])
    expect(description.segments[1]?.display).toBe(expected.segment_2_encrypted_key)
    expect(description.segments.map((segment) => segment.byteLength)).toEqual([
      196, 0, 12, 58, 16,
    ])
  })

  it('says why the payload is not readable, and offers no signature to check', () => {
    expect(description.unreadable).toContain(
      'segment 4 decodes only to random-looking bytes',
    )
    expect(description.unreadable).toContain('There is no signature to check')
    const shown = JSON.stringify(description)
    for (const forbidden of expected.must_not_show) expect(shown).not.toContain(forbidden)
  })

  it('decrypts with the optional private key to the expected claims', async () => {
    const result = await decryptJwe(input.token, input.optional_private_key_jwk)

    if (!result.ok) throw new Error(`decryption failed: ${result.message}`)
    expect(result.claims).toEqual(expected.decrypted_claims_with_private_key)
    expect(result.text).toBe('{"sub":"student-7","scope":"read:grades","iat":1768478400}')
    expect(result.nested).toBeNull()
    expect(result.notes).toEqual([
      '"cty": "JWT" announces a nested token, but the plaintext is a JSON claims set; it is read as it is (RFC 7519 §5.2 reserves "JWT" for nested tokens)',
    ])
  })
})
