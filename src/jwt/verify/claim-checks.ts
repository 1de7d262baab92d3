import { formatDuration } from '../../time/format-time'
import type { JsonObject } from '../json-segment'
import { formatUtc, relativeTime } from '../numeric-date'
import type { VerifySettings } from './verify-options'
import { failed, passed, type VerifyFailure, type VerifyStep } from './verify-result'

/** The claim steps, and the first claim check that refused the token. */
export interface ClaimOutcome {
  readonly steps: readonly VerifyStep[]
  readonly failure: VerifyFailure | null
}

const SECOND = 1000

/**
 * Checks a verified token's claims as RFC 7519 §4.1 describes, with leeway for
 * clock skew at both ends: valid when nbf - leeway <= now < exp + leeway. Every
 * claim present gets its step, so a learner sees all that is wrong at once; the
 * verdict names the first failure in the order exp, nbf, iat, iss, aud.
 */
export function checkClaims(claims: JsonObject, settings: VerifySettings): ClaimOutcome {
  const steps: VerifyStep[] = []
  const failures: VerifyFailure[] = []
  const record = (step: VerifyStep, failure: VerifyFailure['check']) => {
    steps.push(step)
    if (step.outcome === 'failed')
      failures.push({ check: failure, message: step.message })
  }
  const { now, leewaySeconds: leeway } = settings
  const skew = leeway === 0 ? '' : ` with ${leeway} s leeway`
  const exp = claims['exp']
  if (exp !== undefined) {
    record(
      !isNumericDate(exp)
        ? failed('exp', notNumericDate('exp', exp))
        : now < (exp + leeway) * SECOND
          ? passed(
              'exp',
              `exp ${formatUtc(exp)}: the token ${relativeTime('exp', exp, now)}${within(exp, now, leeway, 'exp')}`,
            )
          : failed(
              'exp',
              `exp ${formatUtc(exp)} has passed: the token ${relativeTime('exp', exp, now)}${skew}, so it is refused: valid only while now < exp + leeway (RFC 7519 §4.1.4)`,
            ),
      'exp',
    )
  }
  const nbf = claims['nbf']
  if (nbf !== undefined) {
    record(
      !isNumericDate(nbf)
        ? failed('nbf', notNumericDate('nbf', nbf))
        : (nbf - leeway) * SECOND <= now
          ? passed(
              'nbf',
              `nbf ${formatUtc(nbf)}: the token is ${relativeTime('nbf', nbf, now)}${within(nbf, now, leeway, 'nbf')}`,
            )
          : failed(
              'nbf',
              `nbf ${formatUtc(nbf)} is still ahead: the token is ${relativeTime('nbf', nbf, now)}${skew}, so it is refused until nbf - leeway (RFC 7519 §4.1.5)`,
            ),
      'nbf',
    )
  }
  const iat = claims['iat']
  if (iat !== undefined) {
    record(
      !isNumericDate(iat)
        ? failed('iat', notNumericDate('iat', iat))
        : (iat - leeway) * SECOND <= now
          ? passed('iat', `iat ${formatUtc(iat)}: ${relativeTime('iat', iat, now)}`)
          : failed(
              'iat',
              `iat ${formatUtc(iat)} is ${formatDuration(iat * SECOND - now)} in the future${skew}: no token is issued after now, so the issuer's clock is wrong or the token was made up (RFC 7519 §4.1.6)`,
            ),
      isNumericDate(iat) ? 'iat-in-future' : 'format',
    )
  }
  if (settings.issuer !== null) record(partyStep('iss', claims, settings.issuer), 'iss')
  if (settings.audience !== null)
    record(partyStep('aud', claims, settings.audience), 'aud')
  return { steps, failure: failures[0] ?? null }
}

/** The failure when an issuer or audience is expected but the payload has no claims. */
export function partiesWithoutClaims(settings: VerifySettings): VerifyFailure | null {
  const check =
    settings.issuer !== null ? 'iss' : settings.audience !== null ? 'aud' : null
  if (check === null) return null
  return {
    check,
    message: `an ${check === 'iss' ? 'issuer' : 'audience'} is expected, but the payload is not a JSON claims set, so it names none (RFC 7519 §7.2)`,
  }
}

function partyStep(
  name: 'iss' | 'aud',
  claims: JsonObject,
  expected: readonly string[],
): VerifyStep {
  const value = claims[name]
  const wanted = expected.map((entry) => JSON.stringify(entry)).join(' or ')
  const role = name === 'iss' ? 'issuer' : 'audience'
  if (value === undefined) {
    return failed(
      name,
      `the token has no "${name}" claim, and the ${role} must be ${wanted} (RFC 8725 §3.${name === 'iss' ? 8 : 9})`,
    )
  }
  const named = name === 'aud' && Array.isArray(value) ? value : [value]
  if (named.some((entry) => typeof entry === 'string' && expected.includes(entry))) {
    return passed(
      name,
      `${name} ${JSON.stringify(value)} names the expected ${role}, ${wanted}`,
    )
  }
  const reason =
    name === 'iss'
      ? 'a token from another issuer is refused even when its signature holds (RFC 8725 §3.8)'
      : 'the token was meant for another service, so it is refused here (RFC 7519 §4.1.3)'
  return failed(name, `${name} is ${JSON.stringify(value)}, not ${wanted}: ${reason}`)
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function notNumericDate(name: string, value: unknown): string {
  return `${name} is ${JSON.stringify(value)}, not a NumericDate (seconds since 1970, RFC 7519 §2), so nobody can tell when it is`
}

/** How leeway decided a claim that passed only thanks to it. */
function within(
  seconds: number,
  now: number,
  leeway: number,
  claim: 'exp' | 'nbf',
): string {
  const inside = claim === 'exp' ? now >= seconds * SECOND : now < seconds * SECOND
  return inside && leeway > 0 ? `, accepted within the ${leeway} s leeway` : ''
}
