import { useId } from 'react'
import type { SigningAlgorithm } from '../../../jwt/sign/signing-algorithms'
import { ActionButton } from '../../shared/ActionButton'
import { SecretEncodingChoice } from '../../shared/SecretEncodingChoice'
import { SECRET_ENCODINGS } from '../secret-encodings'
import { withArticle } from './with-article'
import type { KeyDraft, KeySource, ResolvedKey } from './use-signing-key'

interface SigningKeyFieldProps {
  readonly alg: SigningAlgorithm
  readonly draft: KeyDraft
  readonly update: (change: Partial<KeyDraft>) => void
  readonly resolved: ResolvedKey
  readonly onGenerate: () => void
  readonly generating: boolean
  readonly generateError: string | null
}

const SOURCES: readonly { readonly value: KeySource; readonly label: string }[] = [
  { value: 'secret', label: 'Type a secret (HMAC)' },
  { value: 'pasted', label: 'Paste a private key (PEM or JWK)' },
  { value: 'generated', label: 'Generate a key' },
]

/**
 * Where the signing key comes from: a typed secret (read as text or as
 * base64 or base64url bytes), a pasted private key, or one generated here. Changing the
 * key signs nothing; only the Sign button does.
 */
export function SigningKeyField(props: SigningKeyFieldProps) {
  const { alg, draft, update, resolved, onGenerate, generating, generateError } = props
  const id = useId()
  return (
    <fieldset className="signing-key">
      <legend>Signing key</legend>
      {SOURCES.map(({ value, label }) => (
        <label key={value}>
          <input
            type="radio"
            name={`${id}-source`}
            checked={draft.source === value}
            onChange={() => update({ source: value })}
          />{' '}
          {label}
        </label>
      ))}
      {draft.source === 'secret' ? (
        <div className="secret-row">
          <label htmlFor={`${id}-secret`}>Secret</label>
          <input
            id={`${id}-secret`}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            value={draft.secret}
            onChange={(event) => update({ secret: event.target.value })}
          />
          <SecretEncodingChoice
            legend="Read the secret as"
            options={SECRET_ENCODINGS}
            value={draft.encoding}
            onChange={(encoding) => update({ encoding })}
          />
        </div>
      ) : null}
      {draft.source === 'pasted' ? (
        <>
          <label htmlFor={`${id}-pasted`}>Private key (PEM PKCS #8 or JWK)</label>
          <textarea
            id={`${id}-pasted`}
            className="mono"
            rows={5}
            autoComplete="off"
            spellCheck={false}
            value={draft.pasted}
            onChange={(event) => update({ pasted: event.target.value })}
          />
        </>
      ) : null}
      {draft.source === 'generated' ? (
        <p>
          <ActionButton inactive={generating} onClick={onGenerate}>
            Generate {withArticle(alg)} key
          </ActionButton>{' '}
          <span className="muted">
            It is made in this browser and never sent anywhere.
          </span>
        </p>
      ) : null}
      {generateError === null ? null : <p className="field-error">{generateError}</p>}
      <KeyStatus resolved={resolved} />
    </fieldset>
  )
}

function KeyStatus({ resolved }: { readonly resolved: ResolvedKey }) {
  if (resolved.status === 'reading') {
    return (
      <p className="muted" role="status">
        Reading the key…
      </p>
    )
  }
  return (
    <div role="status">
      {resolved.status === 'ready' ? (
        <p>Key: {resolved.summary}</p>
      ) : (
        <p className="field-error">No key yet: {resolved.message}</p>
      )}
      {resolved.notices.map((notice) => (
        <p key={notice} className="note">
          {notice}
        </p>
      ))}
    </div>
  )
}
