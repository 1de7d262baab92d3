import { useId } from 'react'
import { useWorkbench } from '../../store/workbench-context'

/**
 * The workbench's token field. Only the learner writes to it (or a button that
 * says it does): verifying, typing a key or tampering never changes this text.
 * The token is saved for the next visit, and a bearer token is a credential, so
 * the field says so, with the button that forgets it right beside the words.
 */
export function TokenInput() {
  const tokenText = useWorkbench((state) => state.tokenText)
  const update = useWorkbench((state) => state.update)
  const id = useId()
  return (
    <div className="token-input">
      <label htmlFor={`${id}-token`}>Token (JWS or JWE)</label>
      <p id={`${id}-hint`} className="muted">
        Paste a token, with or without “Bearer ”. It is decoded in this browser as you
        type and never sent anywhere.
      </p>
      <textarea
        id={`${id}-token`}
        className="mono"
        rows={5}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-kept`}
        value={tokenText}
        onChange={(event) => update({ tokenText: event.target.value })}
      />
      <p>
        <span id={`${id}-kept`}>
          The token is kept in this browser’s storage until you clear it; the secret and
          private keys never are.
        </span>{' '}
        <button
          type="button"
          disabled={tokenText === ''}
          onClick={() => update({ tokenText: '' })}
        >
          Clear the token
        </button>
      </p>
    </div>
  )
}
