import { useId } from 'react'
import { useWorkbench } from '../../../store/workbench-context'
import { SecretEncodingChoice } from '../../shared/SecretEncodingChoice'
import { SECRET_ENCODINGS } from '../secret-encodings'
import type { KeyState } from './use-key-reading'

/**
 * The verification key field: an HMAC secret, a PEM public key or certificate, a
 * JWK or a JWKS. It says what the text was read as, what was tidied on the way,
 * and, for a secret, which bytes became the key. Typing here never re-signs
 * anything: it only changes what the token is checked with.
 */
export function KeyInput({ keyState }: { readonly keyState: KeyState }) {
  const keyText = useWorkbench((state) => state.keyText)
  const secretEncoding = useWorkbench((state) => state.secretEncoding)
  const keep = useWorkbench((state) => state.keepSecretWhitespace)
  const update = useWorkbench((state) => state.update)
  const id = useId()
  const reading = keyState.status === 'read' ? keyState.outcome : null
  const problem =
    reading === null
      ? null
      : reading.ok
        ? reading.value.ok
          ? null
          : reading.value.problem.message
        : reading.message
  const notices = reading?.ok === true ? reading.value.notices : []
  return (
    <div className="key-input">
      <label htmlFor={`${id}-key`}>Verification key</label>
      <p id={`${id}-hint`} className="muted">
        An HMAC secret, a PEM public key or certificate, a JWK or a JWKS (the token’s kid
        picks the key). A secret or private key is never saved; a public key is kept for
        your next visit.
      </p>
      <textarea
        id={`${id}-key`}
        className="mono"
        rows={4}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-reading`}
        aria-invalid={problem !== null}
        value={keyText}
        onChange={(event) => update({ keyText: event.target.value })}
      />
      <SecretEncodingChoice
        legend="Read a secret as"
        options={SECRET_ENCODINGS}
        value={secretEncoding}
        onChange={(value) => update({ secretEncoding: value })}
      >
        <label>
          <input
            type="checkbox"
            checked={keep}
            onChange={(event) => update({ keepSecretWhitespace: event.target.checked })}
          />{' '}
          Keep spaces and line breaks at the ends of a secret (they become key bytes)
        </label>
      </SecretEncodingChoice>
      <div id={`${id}-reading`} className="key-reading" aria-live="polite">
        {keyState.status === 'reading' ? <p className="muted">Reading the key…</p> : null}
        {reading?.ok === true && reading.value.ok ? (
          <p className="key-summary">Key: {reading.value.key.description.summary}.</p>
        ) : null}
        {problem === null ? null : <p className="field-error">{problem}</p>}
        {notices.length === 0 ? null : (
          <ul className="notices" aria-label="Tidied before reading the key">
            {notices.map((notice) => (
              <li key={notice.code}>Note: {notice.message}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  )
}
