import { claimRows, headerRows } from '../../jwt/claims'
import type { DecodedToken } from '../../jwt/decode-token'
import { ClaimsTable } from './ClaimsTable'
import { TokenProblems } from './TokenProblems'

interface DecodedTokenViewProps {
  readonly decoded: DecodedToken
  /** The virtual clock, to place exp, nbf and iat in time; null shows raw numbers only. */
  readonly now: number | null
}

/** A token's header and payload as JSON and as explained tables, in the parts' colours. */
export function DecodedTokenView({ decoded, now }: DecodedTokenViewProps) {
  return (
    <div className="decoded-token">
      <p className="token-kind">{decoded.kindLabel}</p>
      <TokenProblems decoded={decoded} />
      {decoded.header === null ? null : (
        <div className="token-section part-box-header">
          <h4>
            <span className="part-chip part-header">header</span> algorithm and type
          </h4>
          <pre className="json">{JSON.stringify(decoded.header, null, 2)}</pre>
          <ClaimsTable
            caption="Header parameters"
            rows={headerRows(decoded.header)}
            withTimes={false}
          />
        </div>
      )}
      {decoded.encryptedNote === null ? null : (
        <p className="note">{decoded.encryptedNote}</p>
      )}
      {decoded.payload === null ? null : (
        <div className="token-section part-box-payload">
          <h4>
            <span className="part-chip part-payload">payload</span> the claims
          </h4>
          <p className="note note-important">
            The payload is base64url-<strong>encoded</strong>, not encrypted: anyone who
            holds the token can read it, as you do here. Only the signature stops changes.
            A token whose contents are secret is a JWE, the encrypted form.
          </p>
          <pre className="json">{JSON.stringify(decoded.payload, null, 2)}</pre>
          <ClaimsTable
            caption="Claims"
            rows={
              now === null ? claimRows(decoded.payload) : claimRows(decoded.payload, now)
            }
            withTimes={now !== null}
          />
        </div>
      )}
      {decoded.kind === 'jws' ? (
        <div className="token-section part-box-signature">
          <h4>
            <span className="part-chip part-signature">signature</span> proof of who wrote
            it
          </h4>
          <p>
            {decoded.signatureLength === null
              ? 'The signature segment could not be decoded.'
              : `${decoded.signatureLength} bytes, computed over header.payload with the issuer’s key. Without that key nobody can make a matching one.`}
          </p>
        </div>
      ) : null}
    </div>
  )
}
