import type { VerifyStep } from '../../../jwt/verify/verify-result'
import { OUTCOME_WORDS, STEP_NAMES } from './verify-words'

/**
 * The steps a careful verifier took, in order, each with its outcome in words.
 * A check never reached is not listed, rather than shown as passed.
 */
export function SignatureSteps({ steps }: { readonly steps: readonly VerifyStep[] }) {
  return (
    <ol className="verify-steps" aria-label="Verification steps">
      {steps.map((step, index) => (
        <li key={index} className={`verify-step step-${step.outcome}`}>
          <span className="step-outcome">{OUTCOME_WORDS[step.outcome]}</span>{' '}
          <strong>{STEP_NAMES[step.name]}:</strong> {step.message}
        </li>
      ))}
    </ol>
  )
}
