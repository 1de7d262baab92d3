/// <reference types="node" />
import type { VerificationKey } from '../../../src/jwt/keys/key-reading'
import {
  readVerificationKey,
  type KeyReadingOptions,
} from '../../../src/jwt/keys/read-verification-key'
import type { VerifyOptions } from '../../../src/jwt/verify/verify-options'
import type { VerifyResult } from '../../../src/jwt/verify/verify-result'
import { verifyToken } from '../../../src/jwt/verify/verify-token'
import { readConformanceJson } from '../../conformance/read-conformance'

/** One entry of test/conformance/cases/reported-cases.json; input and expected differ by case. */
export interface ReportedCase {
  readonly id: string
  readonly kind: string
  readonly input: unknown
  readonly expected: unknown
}

export const CASES = readConformanceJson(
  'cases/reported-cases.json',
) as readonly ReportedCase[]

/** The input and expectation of one reported case, typed by the test that reads it. */
export function reported<Input, Expected>(
  id: string,
): { input: Input; expected: Expected } {
  const found = CASES.find((entry) => entry.id === id)
  if (found === undefined) throw new Error(`reported-cases.json has no case "${id}"`)
  return { input: found.input as Input, expected: found.expected as Expected }
}

/** The cases' fixed clock: 2026-01-15T12:00:00Z. */
export const CASE_NOW = Date.parse('2026-01-15T12:00:00Z')

/** Reads a key that must be readable; a problem fails the test with its message. */
export async function keyOf(
  text: string,
  options: KeyReadingOptions = {},
): Promise<VerificationKey> {
  const reading = await readVerificationKey(text, options)
  if (!reading.ok) throw new Error(`${reading.problem.code}: ${reading.problem.message}`)
  return reading.key
}

/** Reads the key as pasted and verifies the token with it at the cases' clock. */
export async function verifyWith(
  token: string,
  keyText: string,
  options: VerifyOptions & KeyReadingOptions = {},
): Promise<VerifyResult> {
  return verifyToken(token, await keyOf(keyText, { ...options, token }), {
    now: CASE_NOW,
    ...options,
  })
}

/** "valid", or the check that refused the token: what a case's table calls the result. */
export function verdictOf(result: VerifyResult): string {
  return result.verdict.ok ? 'valid' : result.verdict.check
}
