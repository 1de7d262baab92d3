import type {
  StepName,
  Verdict,
  VerifyCheck,
  VerifyStep,
} from '../../../jwt/verify/verify-result'

/** How the workbench names each check that can refuse a token. */
export const CHECK_NAMES: Readonly<Record<VerifyCheck, string>> = {
  options: 'the verify settings',
  format: 'the token’s format',
  crit: 'critical header parameters (crit)',
  'alg-none': 'alg "none"',
  'not-supported': 'algorithms supported here',
  'algorithm-not-allowed': 'the allowed algorithms',
  'key-mismatch': 'the key fits the algorithm',
  'key-refused': 'the key is acceptable',
  signature: 'the signature',
  exp: 'expiry (exp)',
  nbf: 'not before (nbf)',
  'iat-in-future': 'issued at (iat)',
  iss: 'issuer (iss)',
  aud: 'audience (aud)',
}

/** How the workbench names each step of a verification. */
export const STEP_NAMES: Readonly<Record<StepName, string>> = {
  read: 'Read the token',
  header: 'Header',
  algorithm: 'Algorithm',
  key: 'Key',
  'signing-input': 'Signing input',
  signature: 'Signature',
  payload: 'Payload',
  exp: 'Expiry (exp)',
  nbf: 'Not before (nbf)',
  iat: 'Issued at (iat)',
  iss: 'Issuer (iss)',
  aud: 'Audience (aud)',
}

/** A step's outcome in words and a symbol, so colour is never the only signal. */
export const OUTCOME_WORDS = {
  passed: '✓ Passed',
  failed: '✗ Failed',
  info: '• Note',
} as const

/**
 * The verdict's headline. "Not supported" is kept apart from "not verified": a
 * token signed with an algorithm this page lacks may be perfectly good.
 */
export function verdictHeadline(verdict: Verdict): string {
  if (verdict.ok) return '✓ Verified'
  switch (verdict.check) {
    case 'not-supported':
      return '⚠ Cannot be checked here (not the same as invalid)'
    case 'alg-none':
      return '✗ Unsecured token: never verified'
    case 'options':
      return '⚠ A verify setting needs fixing'
    case 'format':
      return '✗ Malformed: not verified'
    default:
      return '✗ Not verified'
  }
}

// The claim checks all run once the signature holds, so several can fail together.
const CLAIM_CHECKS: Readonly<Partial<Record<StepName, VerifyCheck>>> = {
  exp: 'exp',
  nbf: 'nbf',
  iat: 'iat-in-future',
  iss: 'iss',
  aud: 'aud',
}

/**
 * The claim steps that failed, when the verdict is a claim refusal; the verdict
 * names only the first, and a learner fixing the issuer deserves to know the
 * audience is wrong too.
 */
export function failedClaimSteps(
  verdict: Verdict,
  steps: readonly VerifyStep[],
): VerifyStep[] {
  if (verdict.ok || !Object.values(CLAIM_CHECKS).includes(verdict.check)) return []
  return steps.filter((step) => step.outcome === 'failed' && step.name in CLAIM_CHECKS)
}

/** The checks behind failed claim steps, named and joined: "issuer (iss) and audience (aud)". */
export function claimCheckNames(steps: readonly VerifyStep[]): string {
  const names = steps.flatMap((step) => {
    const check = CLAIM_CHECKS[step.name]
    return check === undefined ? [] : [CHECK_NAMES[check]]
  })
  const last = names.pop()
  return names.length === 0 ? (last ?? '') : `${names.join(', ')} and ${last ?? ''}`
}
