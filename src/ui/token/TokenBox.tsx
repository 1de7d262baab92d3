import { useDeferredValue, useId, useMemo, useState } from 'react'
import { decodeToken } from '../../jwt/decode-token'
import { useBouncer } from '../../store/bouncer-context'
import type { SecretEncoding } from '../../store/drafts'
import { selectWorld } from '../../store/selectors'
import { ActionButton } from '../shared/ActionButton'
import {
  SecretEncodingChoice,
  type SecretEncodingOption,
} from '../shared/SecretEncodingChoice'
import { DecodedTokenView } from './DecodedTokenView'
import { SignatureResult } from './SignatureResult'
import { TokenParts } from './TokenParts'
import { checkSignature } from './check-signature'
import type { CheckedSignature } from './check-signature'
import { keySize, secretKey } from './secret-key'
import { workbenchLink } from '../workbench/workbench-link'

const ENCODINGS: readonly SecretEncodingOption<SecretEncoding>[] = [
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
        <SecretEncodingChoice
          legend="Read the secret as"
          options={ENCODINGS}
          value={encoding}
          onChange={(value) => updateDrafts({ secretEncoding: value })}
        />
        <span id={`${id}-size`} className="muted">
          {key.bytes === null ? '' : `HMAC key: ${keySize(key.bytes)}`}
        </span>
        <ActionButton
          unavailable={tokenText.trim() === '' || key.bytes === null}
          inactive={checking}
          onClick={() => {
            if (key.bytes !== null) void check(key.bytes)
          }}
        >
          Check signature
        </ActionButton>
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
      {current !== null ? (
        <SignatureResult checked={current} />
      ) : checked === null ? null : (
        <p className="muted" role="status">
          {staleCheckNote(tokenText, key.bytes !== null)}
        </p>
      )}
      {decoded === null ? null : (
        <>
          <h3>Decoded</h3>
          <p>
            <a href={workbenchLink(deferredText)}>Open in the workbench</a>{' '}
            <span className="muted">
              to verify it with any key, see the signature step by step and tamper with
              it.
            </span>
          </p>
          <TokenParts decoded={decoded} />
          <DecodedTokenView decoded={decoded} now={now} />
        </>
      )}
    </div>
  )
}

/** Why the last verdict no longer shows, and what the learner can do about it. */
function staleCheckNote(tokenText: string, keyReadable: boolean): string {
  if (tokenText.trim() === '') return 'Paste a token to decode.'
  if (!keyReadable) {
    return 'The secret changed since the last check and cannot be read as it is: fix it, then press Check signature again.'
  }
  return 'The token or the secret changed since the last check. Press Check signature again.'
}
