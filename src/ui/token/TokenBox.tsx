import { useDeferredValue, useId, useMemo, useState } from 'react'
import { decodeToken } from '../../jwt/decode-token'
import { useBouncer } from '../../store/bouncer-context'
import { selectWorld } from '../../store/selectors'
import { DecodedTokenView } from './DecodedTokenView'
import { SignatureResult } from './SignatureResult'
import { TokenParts } from './TokenParts'
import { checkSignature } from './check-signature'
import type { CheckedSignature } from './check-signature'

/**
 * Decodes any pasted JWT as the learner types and checks its HMAC signature on
 * request. The pasted text is only ever changed by the learner: a new secret
 * re-checks the token as it is, it never signs it again.
 */
export function TokenBox() {
  const tokenText = useBouncer((state) => state.tokenDraft)
  const secret = useBouncer((state) => state.secretDraft)
  const setTokenText = useBouncer((state) => state.setTokenDraft)
  const setSecret = useBouncer((state) => state.setSecretDraft)
  const now = useBouncer((state) => selectWorld(state)?.now ?? null)
  const [checked, setChecked] = useState<CheckedSignature | null>(null)
  const [checking, setChecking] = useState(false)
  const tokenId = useId()
  const secretId = useId()
  // Decoding trails the keystrokes, so typing never waits for a long token to render.
  const deferredText = useDeferredValue(tokenText)
  const decoded = useMemo(
    () => (deferredText.trim() === '' ? null : decodeToken(deferredText)),
    [deferredText],
  )
  const current =
    checked !== null && checked.token === tokenText && checked.secret === secret
      ? checked
      : null

  async function check() {
    setChecking(true)
    setChecked(await checkSignature(tokenText, secret, now))
    setChecking(false)
  }

  return (
    <div className="token-box">
      <p>Paste any JWT. It is decoded here, in your browser; nothing is sent.</p>
      <label htmlFor={tokenId}>JWT to decode</label>
      <textarea
        id={tokenId}
        className="mono"
        rows={4}
        spellCheck={false}
        autoComplete="off"
        value={tokenText}
        onChange={(event) => setTokenText(event.target.value)}
      />
      <div className="secret-row">
        <label htmlFor={secretId}>Secret</label>
        <input
          id={secretId}
          aria-describedby={`${secretId}-hint`}
          className="mono"
          autoComplete="off"
          spellCheck={false}
          value={secret}
          onChange={(event) => setSecret(event.target.value)}
        />
        <span id={`${secretId}-hint`} className="muted">
          the HMAC key, as UTF-8 text
        </span>
        <button
          type="button"
          disabled={checking || tokenText.trim() === ''}
          onClick={() => void check()}
        >
          Check signature
        </button>
      </div>
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
