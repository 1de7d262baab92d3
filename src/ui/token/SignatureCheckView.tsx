import { useBouncer } from '../../store/bouncer-context'
import { selectExchange } from '../../store/selectors'
import { SigningInput } from '../shared/SigningInput'
import { ServerSecret } from './ServerSecret'
import { signatureDifference } from './signature-difference'

/** How the server checked the selected request's token signature, one step at a time. */
export function SignatureCheckView() {
  const exchange = useBouncer(selectExchange)
  const step = exchange?.serverSteps.find(
    (candidate) => candidate.code === 'token.signature-checked',
  )
  if (exchange === null || step === undefined) {
    return (
      <div className="signature-check-panel">
        <p className="empty">
          The selected request had no token signature to check. In JWT mode, select a
          request that carried a token, such as <code>GET /profile</code>.
        </p>
        <ServerSecret />
      </div>
    )
  }
  const data = step.data ?? {}
  const signingInput = data['signingInput'] ?? ''
  const received = data['signatureReceived'] ?? ''
  const computed = data['signatureComputed'] ?? ''
  const alg = data['alg'] ?? 'unknown'
  return (
    <div className="signature-check-panel">
      <ol className="signature-check">
        <li>
          <h3>Signing input</h3>
          <p>The first two segments exactly as received, joined by a dot:</p>
          <SigningInput text={signingInput} />
        </li>
        <li>
          <h3>Signature computed by the server</h3>
          <p>
            {alg} over the signing input with the server’s secret key, which never leaves
            the server:
          </p>
          <code className="mono breakable" data-testid="signature-computed">
            {computed === '' ? '(not computed)' : computed}
          </code>
        </li>
        <li>
          <h3>Signature received</h3>
          <p>The third segment of the token the request carried:</p>
          <code
            className="mono breakable token-part part-signature"
            data-label="signature"
          >
            {received === '' ? '(empty)' : received}
          </code>
        </li>
        <li>
          <h3>Compare</h3>
          <Comparison
            bytesMatch={data['bytesMatch']}
            difference={data['firstDifference'] ?? differenceText(computed, received)}
          />
        </li>
        <li>
          <h3>Verdict</h3>
          <p className={step.ok ? 'verdict-ok' : 'verdict-failed'}>
            <strong>{step.ok ? 'Accepted.' : 'Rejected.'}</strong> {step.message}
          </p>
        </li>
      </ol>
      <ServerSecret />
    </div>
  )
}

interface ComparisonProps {
  /** The server's own byte comparison, 'true' or 'false', as it recorded it. */
  readonly bytesMatch: string | undefined
  /** The index of the first differing byte, as text, when known. */
  readonly difference: string | undefined
}

// The server compares the decoded bytes, not the base64url text: two texts can
// stand for the same bytes, so only its recorded answer may decide "equal".
function Comparison({ bytesMatch, difference }: ComparisonProps) {
  if (bytesMatch === undefined) {
    return <p className="muted">The server did not record how the bytes compared.</p>
  }
  const equal = bytesMatch === 'true'
  return (
    <>
      <p>The server decodes both signatures and compares their bytes.</p>
      {equal || difference === undefined ? null : (
        <p>They first differ at byte {difference}, counting from 0.</p>
      )}
      <p className={equal ? 'verdict-ok' : 'verdict-failed'}>
        {equal ? '✓ Equal, byte for byte.' : '✗ Not equal.'}
      </p>
    </>
  )
}

function differenceText(computed: string, received: string): string | undefined {
  const at = signatureDifference(computed, received)
  return at === null ? undefined : String(at)
}
