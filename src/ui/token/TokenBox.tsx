import { useDeferredValue, useId, useMemo, useState } from 'react'
import { decodeToken } from '../../jwt/decode-token'
import { useBouncer } from '../../store/bouncer-context'
import type { SecretEncoding } from '../../store/drafts'
import { selectWorld } from '../../store/selectors'
import { DecodedTokenView } from './DecodedTokenView'
import { SignatureResult } from './SignatureResult'
import { TokenParts } from './TokenParts'
import { checkSignature } from './check-signature'
import type { CheckedSignature } from './check-signature'
import { keySize, secretKey } from './secret-key'

const ENCODINGS: readonly { readonly value: SecretEncoding; readonly label: string }[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64url', label: 'base64url bytes' },
]

/**
 * Decodes any pasted JWT as the learner types and checks its HMAC signature on
 * request. The pasted text is only ever changed by the learner: a new secret
 * re-checks the token as it is, it never signs it again.
 */
export function TokenBox() {
  const drafts = useBouncer((state) => state.drafts)
  const updateDrafts = useBouncer((state) => state.updateDrafts)
  const now = useBouncer((state) => selectWorld(state)?.now ?? null)
  const [checked, setChecked] = useState<CheckedSignature | null>(null)
  const [checking, setChecking] = useState(false)
  const id = useId()
  const { token: tokenText, secret, secretEncoding: encoding } = drafts
  // Decoding trails the keystrokes, so typing never waits for a long token to render.
  const deferredText = useDeferredValue(tokenText)
  const decoded = useMemo(
    () => (deferredText.trim() === '' ? null : decodeToken(deferredText)),
    [deferredText],
  )
  const key = useMemo(() => secretKey(secret, encoding), [secret, encoding])
  const current =
    checked !== null &&
    checked.token === tokenText &&
    checked.secret === secret &&
    checked.encoding === encoding
      ? checked
      : null

  async function check(bytes: Uint8Array) {
    setChecking(true)
    setChecked(await checkSignature({ token: tokenText, secret, encoding }, bytes, now))
    setChecking(false)
  }

  return (
    <div className="token-box">
      <p>
        Paste any JWT. It is decoded here, in your browser; nothing is sent. The token
        stays in this browser’s storage until you Start over; the secret is never saved.
      </p>
      <label htmlFor={`${id}-token`}>JWT to decode</label>
      <textarea
        id={`${id}-token`}
        className="mono"
        rows={4}
        spellCheck={false}
        autoComplete="off"
        value={tokenText}
        onChange={(event) => updateDrafts({ token: event.target.value })}
      />
      <div className="secret-row">
        <label htmlFor={`${id}-secret`}>Secret</label>
        <input
          id={`${id}-secret`}
          aria-describedby={`${id}-size ${id}-secret-notes`}
          aria-invalid={key.error !== null}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(event) => updateDrafts({ secret: event.target.value })}
        />
        <fieldset className="secret-encoding">
          <legend>Read the secret as</legend>
          {ENCODINGS.map(({ value, label }) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-encoding`}
                value={value}
                checked={encoding === value}
                onChange={() => updateDrafts({ secretEncoding: value })}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <span id={`${id}-size`} className="muted">
          {key.bytes === null ? '' : `HMAC key: ${keySize(key.bytes)}`}
        </span>
        <button
          type="button"
          disabled={checking || tokenText.trim() === '' || key.bytes === null}
          onClick={() => {
            if (key.bytes !== null) void check(key.bytes)
          }}
        >
          Check signature
        </button>
      </div>
      {key.error === null && key.warnings.length === 0 ? null : (
        <ul
          id={`${id}-secret-notes`}
          className="secret-notes"
          aria-label="About this secret"
        >
          {key.error === null ? null : <li className="field-error">{key.error}</li>}
          {key.warnings.map((warning) => (
            <li key={warning} className="note">
              {warning}
            </li>
          ))}
        </ul>
      )}
      {current === null ? (
        checked === null ? null : (
          <p className="muted" role="status">
            The token or the secret changed since the last check. Press Check signature
            again.
          </p>
        )
      ) : (
        <SignatureResult checked={current} />
      )}
      {decoded === null ? null : (
        <>
          <h3>Decoded</h3>
          <TokenParts decoded={decoded} />
          <DecodedTokenView decoded={decoded} now={now} />
        </>
      )}
    </div>
  )
}
