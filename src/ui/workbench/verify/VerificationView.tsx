import { isHmacAlgorithm } from '../../../jwt/hmac-check'
import type { VerificationKey } from '../../../jwt/keys/key-reading'
import { AsymmetricSignature } from './AsymmetricSignature'
import { HmacByteCompare } from './HmacByteCompare'
import { SignatureSteps } from './SignatureSteps'
import type { VerificationState } from './use-verification'
import { VerdictLine } from './VerdictLine'

interface VerificationViewProps {
  readonly state: VerificationState
  /** The token verified, for the HMAC comparison, which reads it again. */
  readonly token: string
  readonly verificationKey: VerificationKey | null
}

/** A verification's verdict, its steps, and the signature explained step by step. */
export function VerificationView({
  state,
  token,
  verificationKey,
}: VerificationViewProps) {
  if (state.status === 'waiting') return null
  if (state.status === 'checking') {
    return (
      <p className="muted" role="status">
        Checking…
      </p>
    )
  }
  const { outcome } = state
  if (!outcome.ok) {
    return (
      <p className="field-error" role="alert">
        {outcome.message}
      </p>
    )
  }
  const result = outcome.value
  // The signature was computed only when the checks before it passed.
  const signatureReached = result.signature !== null
  const material = verificationKey?.material
  const hmac =
    signatureReached && isHmacAlgorithm(result.alg) && material instanceof Uint8Array
  return (
    <div className="verification">
      <div role="status">
        <VerdictLine verdict={result.verdict} steps={result.steps} />
      </div>
      <SignatureSteps steps={result.steps} />
      {hmac && verificationKey !== null ? (
        <HmacByteCompare
          token={token}
          keyBytes={material}
          keyDescription={verificationKey.description}
        />
      ) : signatureReached ? (
        <AsymmetricSignature result={result} />
      ) : null}
    </div>
  )
}
