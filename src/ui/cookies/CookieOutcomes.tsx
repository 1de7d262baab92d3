import type { CookieOutcome } from '../../browser/cookie-outcome'
import { outcomeVerdict } from './cookie-changes'

interface CookieOutcomesProps {
  readonly exchangeId: number
  readonly outcomes: readonly CookieOutcome[]
}

/** What the browser did with each Set-Cookie of the selected response, and why. */
export function CookieOutcomes({ exchangeId, outcomes }: CookieOutcomesProps) {
  if (outcomes.length === 0) {
    return <p className="muted">Response #{exchangeId} set no cookies.</p>
  }
  return (
    <>
      <h3>Set-Cookie in response #{exchangeId}</h3>
      <ul className="cookie-outcomes">
        {outcomes.map((outcome, index) => (
          <li key={index}>
            <strong
              className={`verdict verdict-${outcome.code.split('.')[0] ?? 'other'}`}
            >
              {outcome.cookieName ?? '(unnamed)'}: {outcomeVerdict(outcome)}
            </strong>{' '}
            {outcome.message}
          </li>
        ))}
      </ul>
    </>
  )
}
