import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readVerificationKey } from '../../../src/jwt/keys/read-verification-key'
import type { KeyProblemCode } from '../../../src/jwt/keys/key-reading'
import type { VerifyCheck } from '../../../src/jwt/verify/verify-result'
import { verifyToken } from '../../../src/jwt/verify/verify-token'
import { CASES } from './reported'
import { JOSE_VECTORS, publicPart, serializationsOf } from './vector-data'

/*
 * Throws random and mutated tokens, keys, secrets and options at the key reader and
 * the verifier: neither may throw, and every failure must be a coded result. CI
 * runs 100,000 cases (about 30 s); a local run takes 10,000 (about 4 s) unless
 * BOUNCER_FUZZ_RUNS says otherwise:
 *   BOUNCER_FUZZ_RUNS=100000 npx vitest run test/jwt/verify/verify-fuzz.test.ts
 */
const RUNS = Number(
  process.env['BOUNCER_FUZZ_RUNS'] ?? (process.env['CI'] ? 100_000 : 10_000),
)

const KEY_PROBLEMS: readonly KeyProblemCode[] = [
  'empty',
  'private-key',
  'pem-armour',
  'pem-base64',
  'der-structure',
  'unsupported-format',
  'unsupported-key',
  'not-for-signing',
  'invalid-json',
  'invalid-jwk',
  'jwks-no-match',
  'jwks-ambiguous',
  'secret-encoding',
  'key-rejected',
]
const CHECKS: readonly VerifyCheck[] = [
  'options',
  'format',
  'crit',
  'alg-none',
  'not-supported',
  'algorithm-not-allowed',
  'key-mismatch',
  'key-refused',
  'signature',
  'exp',
  'nbf',
  'iat-in-future',
  'iss',
  'aud',
]

/** Every token and key text the conformance data holds, as seeds for mutation. */
function harvest(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string' && value.length > 8) found.add(value)
  else if (Array.isArray(value)) value.forEach((entry) => harvest(entry, found))
  else if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach((entry) => harvest(entry, found))
  }
  return found
}
const CASE_TEXTS = [
  ...harvest(
    CASES.filter((entry) => entry.kind.startsWith('jwt')).map((entry) => entry.input),
    new Set(),
  ),
]
const TOKENS = [
  ...CASE_TEXTS.filter((text) => text.startsWith('eyJ')),
  ...JOSE_VECTORS.flatMap((vector) => serializationsOf(vector).map(([, text]) => text)),
]
const KEYS = [
  ...CASE_TEXTS.filter((text) => !text.startsWith('eyJ')),
  ...JOSE_VECTORS.flatMap((vector) => vector.keys ?? []).flatMap((key) => [
    JSON.stringify(publicPart(key)),
    JSON.stringify(key),
    JSON.stringify({ keys: [publicPart(key), { ...publicPart(key), kid: 'other' }] }),
  ]),
]

/** Tokens with the key that verifies them, so mutations reach the signature checks. */
const PAIRS: [string, string][] = JOSE_VECTORS.filter((vector) =>
  ['jws', 'jwt'].includes(vector.type),
).flatMap((vector) =>
  serializationsOf(vector).flatMap(([, text]) =>
    (vector.keys ?? []).map((key): [string, string] => [
      text,
      JSON.stringify(publicPart(key)),
    ]),
  ),
)

const edit = fc.record({
  kind: fc.constantFrom('replace', 'insert', 'delete', 'truncate'),
  at: fc.nat(),
  text: fc.oneof(
    fc.constantFrom(
      '.',
      '=',
      '+',
      '/',
      '-',
      ' ',
      '\n',
      '\r\n',
      '"',
      '{',
      'A',
      '%20',
      '\u00e9',
    ),
    fc.string(),
  ),
})

type Edit = { kind: string; at: number; text: string }

function applyEdits(seed: string, edits: readonly Edit[]): string {
  return edits.reduce((text, { kind, at, text: piece }) => {
    const index = text.length === 0 ? 0 : at % text.length
    if (kind === 'truncate') return text.slice(0, index)
    if (kind === 'delete') return text.slice(0, index) + text.slice(index + 1)
    if (kind === 'insert') return text.slice(0, index) + piece + text.slice(index)
    return text.slice(0, index) + piece + text.slice(index + 1)
  }, seed)
}

/** A seed with a few random edits at random places. */
function mutated(seeds: readonly string[]) {
  return fc
    .tuple(fc.constantFrom(...seeds), fc.array(edit, { maxLength: 4 }))
    .map(([seed, edits]) => applyEdits(seed, edits))
}

const segment = fc.oneof(
  fc.base64String(),
  fc.string(),
  fc.constantFrom('', 'eyJhbGciOiJub25lIn0', 'e30'),
)
const token = fc.oneof(
  fc.constantFrom(...TOKENS),
  mutated(TOKENS),
  fc.array(segment, { maxLength: 6 }).map((parts) => parts.join('.')),
  fc.json(),
  fc.string(),
)
const keyText = fc.oneof(
  fc.constantFrom(...KEYS),
  mutated(KEYS),
  fc.json(),
  fc.base64String({ minLength: 60 }).map((body) => `M${body}`),
  fc.string(),
)
const pair = fc
  .tuple(
    fc.constantFrom(...PAIRS),
    fc.array(edit, { maxLength: 2 }),
    fc.array(edit, { maxLength: 1 }),
  )
  .map(([[tokenSeed, keySeed], tokenEdits, keyEdits]) => ({
    token: applyEdits(tokenSeed, tokenEdits),
    key: applyEdits(keySeed, keyEdits),
  }))
const unrelated = fc.record({ token, key: keyText })
const validOptions = fc.record(
  {
    leeway: fc.integer({ min: 0, max: 300 }),
    now: fc.constantFrom(
      Date.parse('2011-01-01T00:00:00Z'),
      Date.parse('2026-01-15T12:00:00Z'),
    ),
  },
  { requiredKeys: [] },
)
const anyOptions = fc.record(
  {
    leeway: fc.oneof(fc.double(), fc.string(), fc.constantFrom('30', 30, 300, 301)),
    now: fc.oneof(
      fc.integer(),
      fc.double(),
      fc.constant(Date.parse('2011-01-01T00:00:00Z')),
    ),
    algorithms: fc.array(
      fc.constantFrom('HS256', 'RS256', 'ES256', 'EdDSA', 'none', 'PS512', 'x'),
    ),
    issuer: fc.oneof(fc.string(), fc.array(fc.string())),
    audience: fc.oneof(fc.string(), fc.array(fc.string())),
    detachedPayload: fc.string(),
  },
  { requiredKeys: [] },
)

describe('readVerificationKey and verifyToken under random input', () => {
  it(
    'never throw, and every failure is a coded result with a message',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof({ arbitrary: pair, weight: 3 }, { arbitrary: unrelated, weight: 2 }),
          fc.constantFrom('utf8', 'base64') as fc.Arbitrary<'utf8' | 'base64'>,
          fc.oneof(
            { arbitrary: validOptions, weight: 4 },
            { arbitrary: anyOptions, weight: 1 },
          ),
          async ({ token: tokenText, key }, secretEncoding, verifyOptions) => {
            const reading = await readVerificationKey(key, {
              secretEncoding,
              token: tokenText,
            })
            if (!reading.ok) {
              expect(KEY_PROBLEMS).toContain(reading.problem.code)
              expect(reading.problem.message).not.toBe('')
              return
            }
            const result = await verifyToken(tokenText, reading.key, verifyOptions)
            if (!result.verdict.ok) expect(CHECKS).toContain(result.verdict.check)
            expect(result.verdict.message).not.toBe('')
            expect(result.steps.length).toBeGreaterThan(0)
            if (result.header?.['alg'] === 'none') expect(result.verdict.ok).toBe(false)
          },
        ),
        { numRuns: RUNS },
      )
    },
    RUNS * 100,
  )
})
