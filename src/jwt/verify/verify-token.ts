import { decodeToken } from '../decode-token'
import type { VerificationKey } from '../keys/key-reading'
import { jwsAlgorithm } from './jws-algorithms'
import { readJws, type SignedPart } from './jws-input'
import { readVerifyOptions, type VerifyOptions } from './verify-options'
import { verifyPart, type PartOutcome } from './verify-part'
import { failed, passed, type VerifyResult, type VerifyStep } from './verify-result'

const SERIALIZATION_NAMES = {
  compact: 'compact JWS (header.payload.signature)',
  flattened: 'flattened JSON JWS (RFC 7515 §7.2.2)',
  general: 'general JSON JWS (RFC 7515 §7.2.1)',
} as const

/** The faults of a signer that wrote standard base64; unused bits alone are another story. */
const STANDARD_BASE64: ReadonlySet<string> = new Set([
  'standard-base64',
  'base64-padding',
])

/**
 * Verifies a pasted token with a key from readVerificationKey, and explains each
 * step. The token is never changed or re-signed: jose checks the exact bytes
 * received, and the verdict names the first check that failed (format, crit,
 * alg-none, not-supported, algorithm-not-allowed, key-mismatch, key-refused,
 * signature, exp, nbf, iat-in-future, iss, aud) or says it verified. An invalid
 * option, such as a leeway of "30s", is refused as `options`. Resolves for any
 * token text; rejects only on misuse (a token that is not a string, or a key
 * that did not come from readVerificationKey).
 */
export async function verifyToken(
  token: string,
  key: VerificationKey,
  options: VerifyOptions = {},
): Promise<VerifyResult> {
  if (typeof token !== 'string') {
    throw new TypeError(`verifyToken expects the token as a string, got ${typeof token}`)
  }
  if (
    typeof key !== 'object' ||
    key === null ||
    !('description' in key) ||
    !('material' in key)
  ) {
    throw new TypeError(
      'verifyToken expects a key read by readVerificationKey; read the key first',
    )
  }
  const empty: VerifyResult = {
    verdict: { ok: false, check: 'format', message: '' },
    steps: [],
    serialization: null,
    signatureIndex: null,
    alg: null,
    header: null,
    payloadText: null,
    claims: null,
    signingInput: null,
    signature: null,
    key: key.description,
    notices: [],
  }
  const read = readVerifyOptions(options, key.description)
  if (!read.ok) {
    return {
      ...empty,
      verdict: { ok: false, check: 'options', message: read.message },
      steps: [failed('read', read.message)],
    }
  }
  const reading = readJws(token, read.settings.detachedPayload)
  if (!reading.ok) {
    const { failure, header, notices } = reading
    const alg = typeof header?.['alg'] === 'string' ? header['alg'] : null
    const hint = await reencodingHint(token, key, options)
    // The reader's sentence has no full stop of its own; the hint is a sentence after it.
    const message =
      hint === '' ? failure.message : `${failure.message.replace(/\.?$/, '.')}${hint}`
    return {
      ...empty,
      verdict: { ok: false, check: failure.check, message },
      steps: [failed('read', message)],
      alg,
      header,
      notices,
    }
  }
  const outcomes: { part: SignedPart; outcome: PartOutcome }[] = []
  for (const part of reading.parts) {
    const outcome = await verifyPart(part, reading.compact, key, read.settings)
    outcomes.push({ part, outcome })
    if (outcome.verdict.ok) break
  }
  const chosen = choose(outcomes, key)
  const { part, outcome } = chosen
  const general = reading.serialization === 'general'
  const which = general ? `, signature ${part.index + 1} of ${reading.parts.length}` : ''
  const readStep: VerifyStep = passed(
    'read',
    `read a ${SERIALIZATION_NAMES[reading.serialization]}${which}`,
  )
  return {
    ...empty,
    verdict: outcome.verdict,
    steps: [readStep, ...outcome.steps],
    serialization: reading.serialization,
    signatureIndex: general ? part.index : null,
    alg: outcome.alg,
    header: part.header,
    payloadText: outcome.payloadText,
    claims: outcome.claims,
    signingInput: outcome.signingInput,
    signature: outcome.signature,
    notices: reading.notices,
  }
}

/**
 * For a compact JWS whose only faults are standard base64 (`+`, `/`, `=`): whether
 * its signature would match once re-encoded as base64url, as a sentence to add to
 * the format verdict, or '' when the canonical form never reaches the signature.
 * The verdict itself stays a failure: RFC 7515 §2 admits only base64url.
 */
async function reencodingHint(
  token: string,
  key: VerificationKey,
  options: VerifyOptions,
): Promise<string> {
  if (token.trim().startsWith('{')) return ''
  const decoded = decodeToken(token)
  const canonical = decoded.canonicalToken
  const standard = decoded.problems.some((problem) => STANDARD_BASE64.has(problem.code))
  if (canonical === null || canonical === decoded.token || !standard) return ''
  const result = await verifyToken(canonical, key, options)
  const signature = result.steps.find((step) => step.name === 'signature')
  const matches = signature?.outcome === 'passed'
  if (!matches && (result.verdict.ok || result.verdict.check !== 'signature')) return ''
  const match = matches ? 'do match' : 'do not match'
  return ` Re-encoded as base64url, the signature bytes ${match}: the signer wrote standard base64 (RFC 7515 §2 requires base64url without padding).`
}

/**
 * The signature a general JSON JWS is judged by: the one that verified, else the
 * one whose alg fits the key (its failure is the informative one), else the first.
 */
function choose(
  outcomes: readonly { part: SignedPart; outcome: PartOutcome }[],
  key: VerificationKey,
): { part: SignedPart; outcome: PartOutcome } {
  const fits = (entry: { part: SignedPart }) => {
    const alg = entry.part.header['alg']
    return typeof alg === 'string' && jwsAlgorithm(alg)?.family === key.description.family
  }
  const found =
    outcomes.find((entry) => entry.outcome.verdict.ok) ??
    outcomes.find(fits) ??
    outcomes[0]
  if (found === undefined) throw new TypeError('a JWS reading always has a signature')
  return found
}
