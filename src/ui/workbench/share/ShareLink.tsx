import { useId, useRef, useState } from 'react'
import { BouncerError } from '../../../errors/bouncer-error'
import { CopyButton } from './CopyButton'
import { buildShareUrl, looksPrivate } from './share-fragment'
import type { ShareSettings } from './share-fragment'

interface ShareLinkProps {
  /** The token in the workbench, exactly as pasted. */
  readonly token: string
  /** The HMAC secret typed for verifying, if any; shared only when ticked. */
  readonly secret: string | null
  /** The verification key pasted (PEM, JWK or JWKS), if any. */
  readonly publicKey: string | null
  /** How the secret is read and what the verifier expects; none by default. */
  readonly settings?: ShareSettings
}

/**
 * A link that opens the workbench on this token. The token rides in the URL
 * fragment, which browsers keep to themselves; the secret is left out unless
 * the learner ticks the box and sees why that is dangerous.
 */
export function ShareLink({ token, secret, publicKey, settings = {} }: ShareLinkProps) {
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const [withSecret, setWithSecret] = useState(false)
  const [withKey, setWithKey] = useState(true)
  const hasSecret = secret !== null && secret !== ''
  const hasKey = publicKey !== null && publicKey.trim() !== ''
  const keyIsPrivate = hasKey && looksPrivate(publicKey)
  const sharedSecret = hasSecret && withSecret ? secret : null
  // How the secret is read travels with the secret, or the receiver reads other bytes.
  const { encoding, whitespace, ...verifying } = settings
  const link = shareUrl(token, {
    secret: sharedSecret,
    publicKey: hasKey && withKey && !keyIsPrivate ? publicKey : null,
    settings:
      sharedSecret === null
        ? verifying
        : {
            ...verifying,
            ...(encoding === undefined ? {} : { encoding }),
            ...(whitespace === undefined ? {} : { whitespace }),
          },
  })

  if (token.trim() === '') {
    return (
      <p className="muted">Paste a token first; the link opens the workbench on it.</p>
    )
  }
  return (
    <div className="share-link">
      <p>
        The token goes after the <code>#</code> of the link, the fragment, which the
        browser never sends to a server; the page reads it when the link is opened. Anyone
        holding the link can read the token&rsquo;s claims.
      </p>
      {Object.keys(verifying).length === 0 ? null : (
        <p className="muted">
          It also carries your verify settings ({settingNames(verifying)}), which are not
          secret, so whoever opens it gets the same verdict.
        </p>
      )}
      {hasSecret ? (
        <div>
          <label>
            <input
              type="checkbox"
              checked={withSecret}
              onChange={(event) => setWithSecret(event.target.checked)}
              aria-describedby={`${id}-secret-warning`}
            />{' '}
            Include the secret in the link
          </label>
          <p
            id={`${id}-secret-warning`}
            className={withSecret ? 'note note-important' : 'muted'}
          >
            {withSecret
              ? 'Warning: the secret is in the link. Anyone who gets it can sign tokens your server will accept; share it only for a practice secret, never a real one.'
              : 'The secret is left out. Whoever opens the link types it themselves.'}
          </p>
        </div>
      ) : null}
      {hasKey && keyIsPrivate ? (
        <p className="note note-important">
          The verification key field holds a private key, so it is left out: a link never
          carries one. Put the public key there to share it.
        </p>
      ) : null}
      {hasKey && !keyIsPrivate ? (
        <label>
          <input
            type="checkbox"
            checked={withKey}
            onChange={(event) => setWithKey(event.target.checked)}
          />{' '}
          Include the public key (safe to share: it can only verify)
        </label>
      ) : null}
      <label htmlFor={`${id}-link`}>Link to share</label>
      <textarea
        id={`${id}-link`}
        ref={field}
        className="mono"
        rows={3}
        readOnly
        value={link.url ?? ''}
        aria-invalid={link.problem !== null}
      />
      {link.problem === null ? (
        <CopyButton text={link.url ?? ''} label="Copy link" field={field} />
      ) : (
        <p className="field-error" role="alert">
          {link.problem}
        </p>
      )}
    </div>
  )
}

const SETTING_NAMES = {
  time: 'the fixed clock',
  leeway: 'leeway',
  iss: 'expected iss',
  aud: 'expected aud',
} as const

function settingNames(settings: ShareSettings): string {
  return (Object.keys(SETTING_NAMES) as (keyof typeof SETTING_NAMES)[])
    .filter((name) => settings[name] !== undefined)
    .map((name) => SETTING_NAMES[name])
    .join(', ')
}

interface Included {
  readonly secret: string | null
  readonly publicKey: string | null
  readonly settings: ShareSettings
}

/** The link for this page, or why it cannot be made (a value no URL can carry). */
function shareUrl(token: string, included: Included) {
  try {
    const url = buildShareUrl(window.location.href, {
      token: token.trim(),
      ...included.settings,
      ...(included.secret === null ? {} : { secret: included.secret }),
      ...(included.publicKey === null ? {} : { publicKey: included.publicKey }),
    })
    return { url, problem: null }
  } catch (error) {
    if (!(error instanceof BouncerError)) throw error
    return { url: null, problem: error.message }
  }
}
