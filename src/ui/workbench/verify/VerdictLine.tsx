import type { Verdict, VerifyStep } from '../../../jwt/verify/verify-result'
import {
  CHECK_NAMES,
  claimCheckNames,
  failedClaimSteps,
  verdictHeadline,
} from './verify-words'

interface VerdictLineProps {
  readonly verdict: Verdict
  /** The steps taken, so every claim check that failed is named, not just the first. */
  readonly steps: readonly VerifyStep[]
}

/** The verdict: verified, or the checks that refused the token and why. */
export function VerdictLine({ verdict, steps }: VerdictLineProps) {
  const claims = failedClaimSteps(verdict, steps)
  if (claims.length > 1) {
    const names = claimCheckNames(claims)
    return (
      <div className="verdict verdict-failed">
        <p className="verdict-headline">
          <strong>✗ Not verified: {names} failed</strong>
        </p>
        <p className="verdict-check">Failed checks: {names}</p>
        <ul className="verdict-messages">
          {claims.map((step) => (
            <li key={step.name} className="verdict-message">
              {step.message}
            </li>
          ))}
        </ul>
      </div>
    )
  }
  return (
    <div className={`verdict ${verdict.ok ? 'verdict-ok' : 'verdict-failed'}`}>
      <p className="verdict-headline">
        <strong>{verdictHeadline(verdict)}</strong>
      </p>
      {verdict.ok ? null : (
        <p className="verdict-check">Failed check: {CHECK_NAMES[verdict.check]}</p>
      )}
      <p className="verdict-message">{verdict.message}</p>
    </div>
  )
}
