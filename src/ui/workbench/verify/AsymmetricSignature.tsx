import type { VerifyResult } from '../../../jwt/verify/verify-result'
import { SigningInput } from '../../shared/SigningInput'
import { verdictHeadline } from './verify-words'

const FORMS = {
  mac: 'an HMAC',
  rsa: 'one RSA number',
  'ecdsa-raw': 'ECDSA R and S, side by side',
  'ecdsa-der': 'DER-encoded ECDSA (the wrong form for a JWS)',
  eddsa: 'Ed25519 R and S, side by side',
  'wrong-length': 'the wrong length for this algorithm',
} as const

const encoder = new TextEncoder()

/**
 * A public-key signature explained: what is signed, which key checks it, the
 * signature's size and form (R and S for ECDSA and EdDSA), and the verdict.
 */
export function AsymmetricSignature({ result }: { readonly result: VerifyResult }) {
  const { signingInput, signature, key } = result
  if (signingInput === null || signature === null) return null
  return (
    <section className="asymmetric-signature" aria-label="The signature, step by step">
      <h4>The signature, step by step</h4>
      <dl className="explain-list">
        <dt>What is signed</dt>
        <dd>
          {encoder.encode(signingInput).length} bytes, the header and payload exactly as
          received: <SigningInput text={signingInput} />
        </dd>
        <dt>Which key checks it</dt>
        <dd>{key.summary}</dd>
        <dt>Signature size and form</dt>
        <dd>
          {signature.bytes} bytes
          {signature.expectedBytes === null
            ? ''
            : ` (${signature.expectedBytes} expected)`}
          , {FORMS[signature.form]}: {signature.message}
          {signature.halves === null ? null : (
            <dl className="signature-halves">
              <dt>R ({signature.halves.halfBytes} bytes)</dt>
              <dd>
                <code className="mono breakable">{signature.halves.r}</code>
              </dd>
              <dt>S ({signature.halves.halfBytes} bytes)</dt>
              <dd>
                <code className="mono breakable">{signature.halves.s}</code>
              </dd>
            </dl>
          )}
        </dd>
        <dt>Verdict</dt>
        <dd>{verdictHeadline(result.verdict)}</dd>
      </dl>
    </section>
  )
}
