/// <reference types="node" />
import { beforeAll, describe, expect, it } from 'vitest'
import type { VerificationKey } from '../../../src/jwt/keys/key-reading'
import { readVerificationKey } from '../../../src/jwt/keys/read-verification-key'
import type { VerifyResult } from '../../../src/jwt/verify/verify-result'
import { verifyToken } from '../../../src/jwt/verify/verify-token'
import { EXPECTED_OUTCOMES as EXPECTED } from './jose-vector-outcomes'
import {
  detachedPayloadOf,
  JOSE_VECTORS,
  publicPart,
  serializationsOf,
  type JoseVector,
  type VectorGroup,
} from './vector-data'

// The RFC example tokens expire at 1300819380 (2011-03-22T18:43:00Z).
const BEFORE_2011_EXPIRY = Date.parse('2011-01-01T00:00:00Z')
// Any secret at all: an unsecured token must stay unverified whatever key is entered.
const ANY_SECRET = 'any-secret-0123456789abcdef0123456'

const VERIFIED = 'verified'
const UNSECURED = 'unsecured (alg none, never verified)'
const NOT_SUPPORTED = 'not supported'
const ENCRYPTED = 'encrypted (decrypt first)'

/** Every result, by vector id and then by row, filled once for all the tests below. */
const RESULTS = new Map<
  string,
  { readonly row: string; readonly result: VerifyResult }[]
>()

async function keyFrom(text: string, token: string): Promise<VerificationKey> {
  const reading = await readVerificationKey(text, { token })
  if (!reading.ok) throw new Error(`${reading.problem.code}: ${reading.problem.message}`)
  return reading.key
}

function outcomeOf(result: VerifyResult): string {
  const { verdict, signatureIndex } = result
  if (verdict.ok)
    return signatureIndex === null
      ? VERIFIED
      : `${VERIFIED} signature ${signatureIndex + 1}`
  if (
    verdict.check === 'format' &&
    verdict.message.startsWith('this is an encrypted token')
  ) {
    return ENCRYPTED
  }
  if (verdict.check === 'alg-none') return UNSECURED
  if (verdict.check === 'not-supported') return NOT_SUPPORTED
  return `rejected (${verdict.check})`
}

async function runGroup(group: VectorGroup, keyGroup: VectorGroup, prefix: string) {
  const keys = keyGroup.keys?.length ? keyGroup.keys.map(publicPart) : null
  const texts = keys === null ? [ANY_SECRET] : keys.map((key) => JSON.stringify(key))
  const rows: { row: string; result: VerifyResult }[] = []
  const detachedPayload = detachedPayloadOf(group)
  for (const [name, token] of serializationsOf(group)) {
    for (const [index, text] of texts.entries()) {
      const result = await verifyToken(token, await keyFrom(text, token), {
        now: BEFORE_2011_EXPIRY,
        ...(detachedPayload === undefined ? {} : { detachedPayload }),
      })
      const which = texts.length > 1 ? ` with key ${index + 1}` : ''
      rows.push({ row: `${prefix}${name}${which}: ${outcomeOf(result)}`, result })
    }
  }
  return rows
}

async function runVector(vector: JoseVector) {
  if (vector.type !== 'nested-jwt') return runGroup(vector, vector, '')
  const inner = vector.inner ?? {}
  // The outer JWE is for decryption (src/jwt/jwe); verification is asked with the inner key.
  return [
    ...(await runGroup(vector.outer ?? {}, inner, 'outer ')),
    ...(await runGroup(inner, inner, 'inner ')),
  ]
}

/** What jose 6 did with a vector (its jose6 block and expect), as this verifier words it. */
function joseOutcome(vector: JoseVector, row: string): string {
  if (vector.expect === 'valid-unsecured') return UNSECURED
  if (vector.expect === 'invalid') return 'rejected'
  const refused = vector.jose6.checks.some(
    (check) => check.outcome === 'refused' && check.error?.name === 'JOSENotSupported',
  )
  if (row.startsWith('outer ')) return refused ? NOT_SUPPORTED : ENCRYPTED
  return refused && vector.type === 'jwt' ? NOT_SUPPORTED : VERIFIED
}

const SIGNED = JOSE_VECTORS.filter((vector) =>
  ['jws', 'jwt', 'nested-jwt'].includes(vector.type),
)

describe('jose vectors: JWS and JWT', () => {
  beforeAll(async () => {
    for (const vector of SIGNED) RESULTS.set(vector.id, await runVector(vector))
  })

  it.each(SIGNED.map((vector) => [`${vector.id} (${vector.title})`, vector] as const))(
    'gives exactly the recorded outcome for %s',
    (_, vector) => {
      const rows = RESULTS.get(vector.id) ?? []
      expect(rows.map((entry) => entry.row)).toEqual(EXPECTED[vector.id])
      for (const { row } of rows) {
        expect(row.split(': ')[1]).toContain(joseOutcome(vector, row))
      }
    },
  )

  it('checks exactly the RFC signing input and reads each RFC signature in its own form', () => {
    const shapes: Record<string, [string, number, number | null]> = {
      'rfc7515-A.1': ['mac', 32, null],
      'rfc7515-A.2': ['rsa', 256, null],
      'rfc7515-A.3': ['ecdsa-raw', 64, 32],
      'rfc7515-A.4': ['ecdsa-raw', 132, 66],
      'rfc8037-A.4': ['eddsa', 64, 32],
    }
    for (const [id, [form, bytes, half]] of Object.entries(shapes)) {
      const vector = SIGNED.find((entry) => entry.id === id)
      const result = RESULTS.get(id)?.[0]?.result
      const signature = Buffer.from(vector?.signature_b64u ?? '', 'base64url')
      expect(result?.signingInput).toBe(vector?.signing_input)
      expect([result?.signature?.form, result?.signature?.bytes]).toEqual([form, bytes])
      expect(result?.signature?.halves).toEqual(
        half === null
          ? null
          : {
              r: signature.subarray(0, half).toString('hex'),
              s: signature.subarray(half).toString('hex'),
              halfBytes: half,
            },
      )
    }
  })

  it('says "not supported", never "invalid", for RSA1_5, and never verifies alg none', () => {
    const refused = [
      ...(RESULTS.get('rfc7519-A.1') ?? []),
      ...(RESULTS.get('rfc7519-A.2') ?? []),
    ]
    const rsa15 = refused.filter(({ row }) => row.endsWith(NOT_SUPPORTED))
    expect(rsa15).toHaveLength(2)
    for (const { result } of rsa15) {
      expect(result.verdict.message).toMatch(/^RSA1_5 .* is not supported/)
      expect(result.verdict.message).not.toMatch(/invalid/i)
    }
    for (const id of ['rfc7515-A.5', 'rfc7519-6.1']) {
      const result = RESULTS.get(id)?.[0]?.result
      expect(result?.verdict.ok).toBe(false)
      expect(result?.steps.some((step) => step.name === 'signature')).toBe(false)
      expect(result?.claims).toEqual({
        iss: 'joe',
        exp: 1300819380,
        'http://example.com/is_root': true,
      })
    }
  })

  it('covers every JWS, JWT and nested JWT vector in the file, and prints the counts', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(SIGNED.map((vector) => vector.id).sort())
    const counts = new Map<string, number>()
    for (const rows of RESULTS.values()) {
      // A nested JWT counts twice, as its outer JWE and its inner JWS.
      const part = (row: string) => /^(?:outer|inner) /.exec(row)?.[0] ?? 'token'
      const groups = new Map(rows.map(({ row }) => [part(row), row.split(': ')[1] ?? '']))
      for (const outcome of groups.values()) {
        const kind = outcome.startsWith('rejected')
          ? 'rejected as expected'
          : outcome.replace(/ signature \d+$/, '')
        counts.set(kind, (counts.get(kind) ?? 0) + 1)
      }
    }
    const summary = [
      VERIFIED,
      UNSECURED,
      NOT_SUPPORTED,
      ENCRYPTED,
      'rejected as expected',
    ]
      .map((kind) => `${counts.get(kind) ?? 0} ${kind}`)
      .join(', ')
    console.log(`jose vectors (JWS/JWT): ${summary}`)
    expect(summary).toBe(
      '21 verified, 2 unsecured (alg none, never verified), 2 not supported, 1 encrypted (decrypt first), 2 rejected as expected',
    )
  })
})
