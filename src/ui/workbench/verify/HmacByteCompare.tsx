import { useMemo } from 'react'
import { checkHmacSignature, type HmacCheck } from '../../../jwt/hmac-check'
import type { KeyDescription } from '../../../jwt/keys/key-reading'
import { useSettled } from '../use-settled'
import { ByteRow, hexByte } from './ByteRow'
import { SigningInput } from '../../shared/SigningInput'

interface HmacByteCompareProps {
  readonly token: string
  readonly keyBytes: Uint8Array
  readonly keyDescription: KeyDescription
}

interface HmacRequest {
  readonly token: string
  readonly keyBytes: Uint8Array
}

const check = ({ token, keyBytes }: HmacRequest) => checkHmacSignature(token, keyBytes)
const encoder = new TextEncoder()

/**
 * An HMAC check laid out byte by byte: the signing input, the key bytes, the HMAC
 * computed here, the signature received, and where the two first differ. It only
 * explains: the verdict above is jose's.
 */
export function HmacByteCompare({
  token,
  keyBytes,
  keyDescription,
}: HmacByteCompareProps) {
  const request = useMemo(() => ({ token, keyBytes }), [token, keyBytes])
  const settled = useSettled(request, check)
  if (settled === null || settled.request !== request) {
    return <p className="muted">Computing the HMAC…</p>
  }
  if (!settled.outcome.ok) return <p className="field-error">{settled.outcome.message}</p>
  const hmac = settled.outcome.value
  if (hmac.signingInput === null || hmac.signatureComputedBytes === null) return null
  return (
    <section className="hmac-compare" aria-label="The HMAC, byte by byte">
      <h4>The HMAC, byte by byte</h4>
      <ol className="explain-steps">
        <li>
          <h5>Signing input</h5>
          <p>
            {encoder.encode(hmac.signingInput).length} bytes: the header and payload
            segments exactly as received, joined by “.”.
          </p>
          <SigningInput text={hmac.signingInput} />
        </li>
        <li>
          <h5>Key bytes</h5>
          <p>{keyDescription.summary}.</p>
          <ByteRow bytes={hmac.keyBytes} mark={null} label="Key bytes in hex" />
          {hmac.keyWarning === null ? null : (
            <p className="note">Warning: {hmac.keyWarning}</p>
          )}
        </li>
        <li>
          <h5>HMAC computed here</h5>
          <p>
            {hmac.alg} of the signing input with the key:{' '}
            {hmac.signatureComputedBytes.length} bytes,{' '}
            <code className="mono breakable">{hmac.signatureComputed}</code> in base64url.
          </p>
          <ByteRow
            bytes={hmac.signatureComputedBytes}
            mark={hmac.firstDifference}
            label="HMAC computed, in hex"
          />
        </li>
        <li>
          <h5>Signature received</h5>
          <Received hmac={hmac} />
        </li>
        <li>
          <h5>Compared byte by byte</h5>
          <p className={hmac.match ? 'verdict-ok' : 'verdict-failed'}>
            {comparison(hmac)}
          </p>
        </li>
      </ol>
    </section>
  )
}

function Received({ hmac }: { readonly hmac: HmacCheck }) {
  const bytes = hmac.signatureReceivedBytes
  if (bytes === null) {
    return (
      <p>The third segment does not decode to bytes, so there is nothing to compare.</p>
    )
  }
  return (
    <>
      <p>
        The third segment,{' '}
        <code className="mono breakable">{hmac.signatureReceived}</code>, decoded:{' '}
        {bytes.length} bytes.
      </p>
      <ByteRow
        bytes={bytes}
        mark={hmac.firstDifference}
        label="Signature received, in hex"
      />
    </>
  )
}

function comparison(hmac: HmacCheck): string {
  const computed = hmac.signatureComputedBytes
  const received = hmac.signatureReceivedBytes
  if (computed === null || received === null) return '✗ Nothing to compare.'
  const at = hmac.firstDifference
  if (at === null) return `✓ All ${computed.length} bytes are equal.`
  if (at >= Math.min(computed.length, received.length)) {
    return `✗ The first ${at} bytes are equal, then one of them ends: ${computed.length} bytes computed, ${received.length} received.`
  }
  return `✗ They first differ at byte ${at} (counting from 0): computed ${hexByte(computed[at])}, received ${hexByte(received[at])}.${at === 0 ? '' : ` The ${at} bytes before it are equal.`}`
}
