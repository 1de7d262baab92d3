import { claimRows, headerRows } from '../../../jwt/claims'
import type { DecodedToken } from '../../../jwt/decode-token'
import { jweHeaderRows } from '../../../jwt/jwe/jwe-header'
import { formatInstant } from '../../../time/format-time'
import { PartSection } from './PartSection'
import { ProblemList } from './ProblemList'
import { RawToken } from './RawToken'

interface DecodedPanelsProps {
  /** The token decoded as typed; null while the field is empty. */
  readonly decoded: DecodedToken | null
  /** The workbench clock, to place exp, nbf and iat in time; null shows numbers only. */
  readonly now: number | null
}

const KIND_NOTES = {
  jws: 'Signed (JWS): anyone can read the header and payload; the signature shows whether they were changed since signing.',
  jwe: 'Encrypted (JWE): only the protected header is readable without the recipient’s key.',
  unknown: '',
} as const

/**
 * Everything the decoder learnt from the token, without any key: what kind it is,
 * its segments in colour, each fault with its position, the header and payload
 * as received with each field explained, and NumericDates as times.
 */
export function DecodedPanels({ decoded, now }: DecodedPanelsProps) {
  if (decoded === null) {
    return <p className="empty">Paste a token above: it is decoded as you type.</p>
  }
  const { header, headerText, payload, payloadText, kind } = decoded
  const unsecured = kind === 'jws' && header?.['alg'] === 'none'
  return (
    <div className="decoded-token">
      <p className="token-kind">{decoded.kindLabel}</p>
      {KIND_NOTES[kind] === '' ? null : <p>{KIND_NOTES[kind]}</p>}
      <RawToken parts={decoded.parts} />
      <ProblemList decoded={decoded} />
      {headerText === null ? null : (
        <PartSection
          part="header"
          title={kind === 'jwe' ? 'protected header' : 'algorithm and type'}
          jsonText={header === null ? null : headerText}
          rows={
            header === null
              ? null
              : kind === 'jwe'
                ? jweHeaderRows(header)
                : headerRows(header)
          }
          caption="Header parameters"
        >
          {header === null ? <pre className="json">{headerText}</pre> : null}
        </PartSection>
      )}
      {decoded.encryptedNote === null ? null : (
        <p className="note">
          {decoded.encryptedNote} Its five parts, and decrypting it with a key, are under
          “Encrypted token (JWE)”.
        </p>
      )}
      {kind === 'jws' && payloadText !== null ? (
        <PartSection
          part="payload"
          title="the claims"
          jsonText={payload === null ? null : payloadText}
          rows={payload === null ? null : claimRows(payload, now ?? undefined)}
          caption="Claims"
          withTimes={now !== null}
        >
          <p className="note">
            Base64url-<strong>encoded</strong>, not encrypted: whoever holds the token
            reads this.
            {now === null
              ? null
              : ` Times are placed on the workbench clock: ${formatInstant(now)}.`}
          </p>
          {payload === null ? <pre className="json">{payloadText}</pre> : null}
        </PartSection>
      ) : null}
      {kind === 'jws' ? (
        <PartSection
          part="signature"
          title="proof of who wrote it"
          jsonText={null}
          rows={null}
          caption=""
        >
          <p>
            {unsecured
              ? 'Unsecured token: alg "none" means nobody signed it, so anyone can write or change it. It decodes, but the workbench never reports it as verified, whatever key you enter.'
              : decoded.signatureLength === null
                ? 'The signature segment could not be decoded: see the problems above.'
                : `${decoded.signatureLength} bytes, computed over header.payload as received. Check it under Verify.`}
          </p>
        </PartSection>
      ) : null}
    </div>
  )
}
