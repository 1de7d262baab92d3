import { errors, type JWTPayload } from 'jose'
import { formatUtc, relativeTime } from '../jwt/numeric-date'
import type { ServerStep } from './server-step'
import { failed, passed } from './steps'
import type { TokenFailure } from './token-errors'
import type { JoseRefusal } from './token-verdict'

/** The issuer and audience a token must name, both this server. */
export interface ExpectedParties {
  readonly issuer: string
  readonly audience: string
}

/** The steps after a verified signature that refused the token, and why. */
export interface ClaimRefusal {
  readonly steps: readonly ServerStep[]
  readonly failure: TokenFailure
}

/** The checks after a verified signature, iss and aud (and nbf), then exp. */
export function acceptedClaimSteps(claims: JWTPayload, now: number): ServerStep[] {
  return [partiesChecked(claims), expChecked(claims, now)]
}

/**
 * Narrates the claim check that refused a token once its signature held. A check
 * jose never reached is left out rather than called passed.
 */
export function refusedClaimSteps(
  refusal: JoseRefusal,
  expected: ExpectedParties,
  now: number,
): ClaimRefusal {
  const { error, phase, claims } = refusal
  if (phase === 'header' || phase === 'signature') {
    throw new TypeError(
      `refusedClaimSteps narrates only what follows a verified signature, not a ${phase} refusal`,
    )
  }
  if (phase === 'claims') {
    const description = claimRefusal(error, expected, now)
    const code =
      error instanceof errors.JWTInvalid ? 'token_malformed' : 'token_claims_invalid'
    return {
      steps: [failed('token.claims-checked', description)],
      failure: { code, description },
    }
  }
  // jose looks for a missing exp before it compares iss and aud: those went unchecked.
  const missing =
    error instanceof errors.JWTClaimValidationFailed && error.reason === 'missing'
  const before = claims === null || missing ? [] : [partiesChecked(claims)]
  const exp = claims?.exp
  if (error instanceof errors.JWTExpired && typeof exp === 'number') {
    const description = `exp ${formatUtc(exp)} has passed: the token ${relativeTime('exp', exp, now)}. Log in again for a new one.`
    const data = { exp: String(exp), now: String(Math.floor(now / 1000)) }
    return {
      steps: [...before, failed('token.exp-checked', description, data)],
      failure: { code: 'token_expired', description },
    }
  }
  const description =
    exp === undefined
      ? 'The token has no "exp" claim, and this server accepts only tokens that expire. Log in again for a token that carries one.'
      : `exp is ${JSON.stringify(exp)}, not a NumericDate (seconds since 1970, RFC 7519 §2), so nobody can tell when the token expires. Log in again for a new one.`
  return {
    steps: [...before, failed('token.exp-checked', description)],
    failure: { code: 'token_claims_invalid', description },
  }
}

function partiesChecked(claims: JWTPayload): ServerStep {
  const nbf =
    typeof claims.nbf === 'number'
      ? ` Its nbf, ${formatUtc(claims.nbf)}, has passed.`
      : ''
  return passed(
    'token.claims-checked',
    `iss ${JSON.stringify(claims.iss)} names this server as the issuer and aud ${JSON.stringify(claims.aud)} names it as a recipient: the token was issued here, for here (RFC 8725 §3.8, §3.9).${nbf}`,
  )
}

function expChecked(claims: JWTPayload, now: number): ServerStep {
  const exp = Number(claims.exp)
  return passed(
    'token.exp-checked',
    `exp ${formatUtc(exp)} is still ahead: the token ${relativeTime('exp', exp, now)}.`,
    { exp: String(exp), now: String(Math.floor(now / 1000)) },
  )
}

/** Why a claim other than exp was refused, naming the claim and what was required. */
function claimRefusal(
  error: errors.JOSEError,
  expected: ExpectedParties,
  now: number,
): string {
  if (!(error instanceof errors.JWTClaimValidationFailed)) {
    return `The payload is not a JWT claims set: ${error.message}.`
  }
  const value: unknown = error.payload[error.claim]
  const shown = JSON.stringify(value)
  switch (`${error.claim} ${error.reason}`) {
    case 'iss missing':
      return `The token has no "iss" claim, so nothing says who issued it; this server accepts only tokens issued by ${expected.issuer} (RFC 8725 §3.8).`
    case 'iss check_failed':
      return `iss is ${shown}, but this server accepts only tokens it issued itself, iss "${expected.issuer}" (RFC 8725 §3.8): one made by another issuer is refused, even when its signature holds.`
    case 'aud missing':
      return `The token has no "aud" claim, so nothing says which service it is for; this server accepts only tokens meant for ${expected.audience} (RFC 8725 §3.9).`
    case 'aud check_failed':
      return `aud is ${shown}, which does not name this server, "${expected.audience}": the token was meant for another service, so it is refused here (RFC 8725 §3.9).`
    case 'nbf check_failed':
      return typeof value === 'number'
        ? `nbf ${formatUtc(value)} is still ahead: the token is ${relativeTime('nbf', value, now)}, so it is refused until then.`
        : `The "nbf" claim failed its check: ${error.message}.`
    default:
      return `The "${error.claim}" claim failed its check (${error.reason}): ${error.message}.`
  }
}
