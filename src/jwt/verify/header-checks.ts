import type { KeyDescription } from '../keys/key-reading'
import type { SignedPart } from './jws-input'
import { jwsAlgorithm, notSupportedMessage, type JwsAlgorithm } from './jws-algorithms'
import type { VerifySettings } from './verify-options'
import {
  failed,
  passed,
  type VerifyCheck,
  type VerifyFailure,
  type VerifyStep,
} from './verify-result'

/** The header checks' outcome: the algorithm to verify with, or the check that refused. */
export type HeaderOutcome =
  | {
      readonly ok: true
      readonly entry: JwsAlgorithm
      readonly steps: readonly VerifyStep[]
    }
  | {
      readonly ok: false
      readonly failure: VerifyFailure
      readonly steps: readonly VerifyStep[]
    }

/** Extensions this verifier (through jose) understands when listed in crit. */
const UNDERSTOOD = new Set(['b64'])

const FAMILY_NAMES = {
  hmac: 'an HMAC secret',
  rsa: 'an RSA public key',
  ec: 'an EC public key',
  okp: 'an Ed25519 public key',
} as const

/**
 * The checks made before any signature is computed, in the order a careful
 * verifier makes them: critical extensions (RFC 7515 §4.1.11, RFC 7797 §6),
 * unsecured tokens, algorithms jose does not implement, the allow list, and
 * whether the key fits the algorithm at all (RFC 8725 §3.1).
 */
export function checkHeader(
  part: SignedPart,
  settings: VerifySettings,
  key: KeyDescription,
): HeaderOutcome {
  const critProblem = checkCrit(part)
  if (critProblem !== null) {
    const failure = { check: 'crit' as const, message: critProblem }
    return { ok: false, failure, steps: [failed('header', critProblem)] }
  }
  const crit = part.protectedHeader['crit']
  const steps: VerifyStep[] = [
    passed(
      'header',
      Array.isArray(crit)
        ? `crit lists ${crit.join(', ')}, which this verifier understands${part.unencoded ? ': "b64": false means the payload is signed as it is, not base64url-encoded (RFC 7797)' : ''}`
        : 'no critical extensions (crit) to honour',
    ),
  ]
  const alg = part.header['alg']
  const refuse = (check: VerifyCheck, message: string): HeaderOutcome => ({
    ok: false,
    failure: { check, message },
    steps: [...steps, failed('algorithm', message)],
  })
  if (typeof alg !== 'string' || alg === '') {
    return refuse('format', 'malformed: the header has no "alg" string (RFC 7515 §4.1.1)')
  }
  if (alg === 'none') {
    return refuse(
      'alg-none',
      'Unsecured JWT - no signature to verify: alg "none" (RFC 7518 §3.6) means nobody signed it, so anyone can write or edit it. It decodes, but it is never verified, whatever key is entered, and a server must refuse it',
    )
  }
  const entry = jwsAlgorithm(alg)
  if (entry === null) return refuse('not-supported', notSupportedMessage(alg, 'JWS'))
  if (settings.algorithmsGiven && !settings.algorithms.includes(alg)) {
    return refuse(
      'algorithm-not-allowed',
      `alg ${alg} is not on the allowed list (${settings.algorithms.join(', ')}): a verifier accepts only the algorithms it expects and never lets the token choose (RFC 8725 §3.1)`,
    )
  }
  const mismatch = keyMismatch(entry, key)
  if (mismatch !== null) return refuse('key-mismatch', mismatch)
  steps.push(passed('algorithm', `alg ${alg}: ${entry.scheme}`))
  return { ok: true, entry, steps }
}

function checkCrit(part: SignedPart): string | null {
  const { protectedHeader, header, unprotectedHeader } = part
  const crit = protectedHeader['crit']
  if (unprotectedHeader !== undefined && 'crit' in unprotectedHeader) {
    return '"crit" is in the unprotected header; it must be integrity protected (RFC 7515 §4.1.11), or anyone could strip it'
  }
  if (crit === undefined) {
    return header['b64'] === false
      ? 'the header sets "b64": false but does not list "b64" in "crit"; RFC 7797 §6 requires it, so that a verifier that does not know b64 refuses the token instead of reading the payload as base64url'
      : null
  }
  if (
    !Array.isArray(crit) ||
    crit.length === 0 ||
    !crit.every((name) => typeof name === 'string' && name !== '')
  ) {
    return '"crit" must be a non-empty array of header parameter names (RFC 7515 §4.1.11)'
  }
  if (new Set(crit).size !== crit.length)
    return '"crit" lists a name twice (RFC 7515 §4.1.11)'
  for (const name of crit as string[]) {
    if (!UNDERSTOOD.has(name)) {
      return `crit lists "${name}", an extension this verifier does not understand, so RFC 7515 §4.1.11 requires rejecting the token: a critical extension may change what the signature means`
    }
    if (!(name in protectedHeader)) {
      return `crit lists "${name}", but the protected header has no "${name}" parameter (RFC 7515 §4.1.11)`
    }
  }
  if (typeof protectedHeader['b64'] !== 'boolean') {
    return '"b64" must be true or false (RFC 7797 §3)'
  }
  return null
}

/** Why this key cannot check this algorithm, or null when it fits. */
function keyMismatch(entry: JwsAlgorithm, key: KeyDescription): string | null {
  const { alg, family } = entry
  if (key.jwkAlg !== null && key.jwkAlg !== alg) {
    return `the JWK says "alg": "${key.jwkAlg}", so it may verify only ${key.jwkAlg} tokens (RFC 7517 §4.4), and this token says ${alg}`
  }
  if (family === 'hmac' && key.family !== 'hmac') {
    return `the token says ${alg} (HMAC with a shared secret), but the key is ${key.summary}. A verifier must never use a public key as an HMAC secret: that is the algorithm-confusion attack, where anyone holding the public key could sign (RFC 8725 §2.1, §3.1)`
  }
  if (family !== key.family) {
    return `the token says ${alg}, which is checked with ${FAMILY_NAMES[family]}, but the key is ${key.summary}: paste the signer's ${family === 'hmac' ? 'secret' : 'public key'}`
  }
  if (entry.curve !== null && entry.curve !== key.curve) {
    return `${alg} needs a key on ${entry.curve}, and this key is on ${key.curve ?? 'another curve'}: the token was signed with another key`
  }
  return null
}
