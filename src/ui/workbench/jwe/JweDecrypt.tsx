import { useId, useState } from 'react'
import { decryptJwe, type DecryptedJwe } from '../../../jwt/jwe/decrypt-jwe'
import type { JweDescription } from '../../../jwt/jwe/describe-jwe'
import type { JweFailure } from '../../../jwt/jwe/jwe-failure'
import { ActionButton } from '../../shared/ActionButton'
import { readDecryptionKey } from './read-decryption-key'

interface JweDecryptProps {
  readonly jwe: JweDescription
  readonly onOpenNested: (jws: string) => void
}

/** What one press of Decrypt gave, and from what. */
interface Attempt {
  readonly token: string
  readonly keyText: string
  readonly allowPbes2: boolean
  readonly keySummary: string | null
  readonly notices: readonly string[]
  readonly result:
    DecryptedJwe | JweFailure | { readonly ok: false; readonly message: string }
}

/**
 * Decrypts the JWE with a key the learner pastes and shows the plaintext: a
 * claims set, or a nested token with a button that decodes it in turn. The key
 * is held in this panel only and never saved.
 */
export function JweDecrypt({ jwe, onOpenNested }: JweDecryptProps) {
  const id = useId()
  const [keyText, setKeyText] = useState('')
  const [allowPbes2, setAllowPbes2] = useState(false)
  const [attempt, setAttempt] = useState<Attempt | null>(null)
  const [busy, setBusy] = useState(false)
  const password = jwe.keyManagement?.mode === 'password'
  const stale =
    attempt !== null &&
    (attempt.token !== jwe.token ||
      attempt.keyText !== keyText ||
      attempt.allowPbes2 !== allowPbes2)

  async function decrypt() {
    setBusy(true)
    const read = await readDecryptionKey(keyText, jwe)
    const base = { token: jwe.token, keyText, allowPbes2, notices: read.notices }
    if (!read.ok) {
      setAttempt({
        ...base,
        keySummary: null,
        result: { ok: false, message: read.message },
      })
    } else {
      const result = await decryptJwe(jwe.token, read.key, { allowPbes2 })
      setAttempt({ ...base, keySummary: read.summary, result })
    }
    setBusy(false)
  }

  return (
    <div className="jwe-decrypt">
      <h4>Decrypt with a key</h4>
      <label htmlFor={`${id}-key`}>
        {password
          ? 'Password'
          : 'Decryption key (JWK, PEM private key, or a shared key as base64url)'}
      </label>
      <textarea
        id={`${id}-key`}
        className="mono"
        rows={4}
        autoComplete="off"
        spellCheck={false}
        value={keyText}
        aria-describedby={`${id}-needs`}
        onChange={(event) => setKeyText(event.target.value)}
      />
      <p id={`${id}-needs`} className="muted">
        {jwe.keyManagement === null
          ? 'The header names no key management algorithm this page knows.'
          : `${jwe.keyManagement.alg} needs ${jwe.keyManagement.recipientKey}.`}{' '}
        The key stays in this page and is never saved.
      </p>
      {password ? (
        <label>
          <input
            type="checkbox"
            checked={allowPbes2}
            onChange={(event) => setAllowPbes2(event.target.checked)}
          />{' '}
          Allow password-based decryption: the token itself sets how many PBKDF2 rounds
          (&ldquo;p2c&rdquo;) this page must run
        </label>
      ) : null}
      <ActionButton inactive={busy} onClick={() => void decrypt()}>
        Decrypt
      </ActionButton>
      {attempt === null ? null : (
        <DecryptResult attempt={attempt} stale={stale} onOpenNested={onOpenNested} />
      )}
    </div>
  )
}

interface DecryptResultProps {
  readonly attempt: Attempt
  readonly stale: boolean
  readonly onOpenNested: (jws: string) => void
}

function DecryptResult({ attempt, stale, onOpenNested }: DecryptResultProps) {
  const { result, keySummary, notices } = attempt
  return (
    <div className="jwe-plaintext" role="status">
      {stale ? (
        <p className="muted">
          The token or the key changed since this result: press Decrypt again.
        </p>
      ) : null}
      {keySummary === null ? null : <p>Key: {keySummary}</p>}
      {notices.map((notice) => (
        <p key={notice} className="note">
          {notice}
        </p>
      ))}
      {result.ok ? (
        <Plaintext decrypted={result} onOpenNested={onOpenNested} />
      ) : (
        <p className="verdict-failed">✗ Not decrypted: {result.message}</p>
      )}
    </div>
  )
}

interface PlaintextProps {
  readonly decrypted: DecryptedJwe
  readonly onOpenNested: (jws: string) => void
}

function Plaintext({ decrypted, onOpenNested }: PlaintextProps) {
  const { alg, enc, text, plaintextBase64url, notes, nested } = decrypted
  return (
    <>
      <p className="verdict-ok">
        ✓ Decrypted ({alg}, {enc}): the authentication tag matched, so this is the
        plaintext exactly as encrypted.
      </p>
      <pre className="json mono part-box-payload" aria-label="Plaintext">
        {text ?? plaintextBase64url}
      </pre>
      {notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      {nested === null ? null : (
        <button type="button" onClick={() => onOpenNested(nested.token)}>
          Decode the nested token
        </button>
      )}
    </>
  )
}
