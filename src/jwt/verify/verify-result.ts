import type { JsonObject } from '../json-segment'
import type { KeyDescription } from '../keys/key-reading'
import type { TokenNotice } from '../token-problem'
import type { SignatureShape } from './signature-shape'

/**
 * What a verification concluded and how it got there, step by step, for the
 * token workbench to lay out.
 */

/** The check that refused a token, roughly in the order they are made. */
export type VerifyCheck =
  | 'options'
  | 'format'
  | 'crit'
  | 'alg-none'
  | 'not-supported'
  | 'algorithm-not-allowed'
  | 'key-mismatch'
  | 'key-refused'
  | 'signature'
  | 'exp'
  | 'nbf'
  | 'iat-in-future'
  | 'iss'
  | 'aud'

/** A failed check and the sentence that explains it. */
export interface VerifyFailure {
  readonly check: VerifyCheck
  readonly message: string
}

/** The conclusion: verified, or the first check that refused the token. */
export type Verdict =
  | { readonly ok: true; readonly message: string }
  | ({ readonly ok: false } & VerifyFailure)

/** The steps of the explanation, in the order a careful verifier takes them. */
export type StepName =
  | 'read'
  | 'header'
  | 'algorithm'
  | 'key'
  | 'signing-input'
  | 'signature'
  | 'payload'
  | 'exp'
  | 'nbf'
  | 'iat'
  | 'iss'
  | 'aud'

/** One step: what was looked at and what it showed. `info` steps decide nothing. */
export interface VerifyStep {
  readonly name: StepName
  readonly outcome: 'passed' | 'failed' | 'info'
  readonly message: string
}

/** How the JWS was written: compact, or one of the JSON serializations (RFC 7515 §7). */
export type Serialization = 'compact' | 'flattened' | 'general'

/** Everything a verification found, whatever the verdict. */
export interface VerifyResult {
  readonly verdict: Verdict
  /** The steps taken; a check never reached is left out, not called passed. */
  readonly steps: readonly VerifyStep[]
  readonly serialization: Serialization | null
  /** In the general JSON serialization: which signature the result is about. */
  readonly signatureIndex: number | null
  readonly alg: string | null
  /** The JOSE header: protected and unprotected parameters together. */
  readonly header: JsonObject | null
  /** The payload as received, decoded from base64url unless `b64` is false. */
  readonly payloadText: string | null
  /** The payload as a JWT claims set, when it is a JSON object. */
  readonly claims: JsonObject | null
  /** Exactly what was signed: the protected header and payload as received, joined by ".". */
  readonly signingInput: string | null
  readonly signature: SignatureShape | null
  readonly key: KeyDescription
  /** What was removed around the pasted token ("Bearer ", whitespace). */
  readonly notices: readonly TokenNotice[]
}

/** A step that passed. */
export const passed = (name: StepName, message: string): VerifyStep => ({
  name,
  outcome: 'passed',
  message,
})

/** A step that failed; its message is also the verdict's. */
export const failed = (name: StepName, message: string): VerifyStep => ({
  name,
  outcome: 'failed',
  message,
})

/** A step that shows something without deciding anything. */
export const info = (name: StepName, message: string): VerifyStep => ({
  name,
  outcome: 'info',
  message,
})
