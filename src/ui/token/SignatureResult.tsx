import type { CheckedSignature } from './check-signature'

/** The verdict of the token box's check, with the two signatures side by side. */
export function SignatureResult({ checked }: { readonly checked: CheckedSignature }) {
  const { check } = checked
  if (check === null) {
    return (
      <p className="verdict-failed" role="status">
        {checked.error}
      </p>
    )
  }
  const verified = check.verdict === 'verified'
  return (
    <div className="signature-result" role="status">
      <p className={verified ? 'verdict-ok' : 'verdict-failed'}>
        <strong>{verified ? '✓ Signature verified' : '✗ Signature NOT verified'}</strong>
        {': '}
        {check.message}
      </p>
      {check.keyWarning === null ? null : (
        <p className="note">Warning: {check.keyWarning}</p>
      )}
      {check.signatureComputed === null ? null : (
        <dl className="signature-pair">
          <dt>Computed with this secret</dt>
          <dd>
            <code className="mono breakable">{check.signatureComputed}</code>
          </dd>
          <dt>Received in the token</dt>
          <dd>
            <code className="mono breakable">{check.signatureReceived}</code>
          </dd>
        </dl>
      )}
    </div>
  )
}
