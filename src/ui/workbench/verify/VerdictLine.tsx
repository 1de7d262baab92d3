import type { Verdict } from '../../../jwt/verify/verify-result'
import { CHECK_NAMES, verdictHeadline } from './verify-words'

/** The verdict: verified, or the check that refused the token and why. */
export function VerdictLine({ verdict }: { readonly verdict: Verdict }) {
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
