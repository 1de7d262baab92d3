import { describe, expect, it } from 'vitest'
import { reported, verdictOf, verifyWith } from './reported'

const { input, expected } = reported<
  { token: string; secret: string },
  { compliant_jws: boolean; mac_matches_after_reencoding_to_base64url: boolean }
>('jwt-decode-base64-instead-of-base64url')

const MATCH =
  ' Re-encoded as base64url, the signature bytes do match: the signer wrote standard base64 (RFC 7515 §2 requires base64url without padding).'
const NO_MATCH =
  ' Re-encoded as base64url, the signature bytes do not match: the signer wrote standard base64 (RFC 7515 §2 requires base64url without padding).'

describe('jwt-decode-base64-instead-of-base64url', () => {
  it('refuses a signature written in standard base64 as malformed, and says the MAC matches once re-encoded', async () => {
    const result = await verifyWith(input.token, input.secret)

    expect(expected.compliant_jws).toBe(false)
    expect(expected.mac_matches_after_reencoding_to_base64url).toBe(true)
    expect(result.verdict.ok).toBe(false)
    expect(verdictOf(result)).toBe('format')
    expect(result.verdict.message).toMatch(/^malformed: .+\(RFC 7515 §2\)\. Re-encoded/)
    expect(result.verdict.message.endsWith(MATCH)).toBe(true)
    expect(result.steps).toEqual([
      { name: 'read', outcome: 'failed', message: result.verdict.message },
    ])
  })

  it('says the bytes do not match when the secret is wrong', async () => {
    const result = await verifyWith(input.token, 'another-secret-0123456789abcdef01234')

    expect(result.verdict.ok).toBe(false)
    expect(verdictOf(result)).toBe('format')
    expect(result.verdict.message.endsWith(NO_MATCH)).toBe(true)
    expect(result.verdict.message).not.toContain('do match')
  })
})
