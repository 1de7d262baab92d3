import { useId, useRef, useState } from 'react'
import { BouncerError } from '../../../errors/bouncer-error'
import { CopyButton } from './CopyButton'
import { buildShareUrl, looksPrivate } from './share-fragment'

interface ShareLinkProps {
  /** The token in the workbench, exactly as pasted. */
  readonly token: string
  /** The HMAC secret typed for verifying, if any; shared only when ticked. */
  readonly secret: string | null
  /** The verification key pasted (PEM, JWK or JWKS), if any. */
  readonly publicKey: string | null
}

/**
 * A link that opens the workbench on this token. The token rides in the URL
 * fragment, which browsers keep to themselves; the secret is left out unless
 * the learner ticks the box and sees why that is dangerous.
 */
export function ShareLink({ token, secret, publicKey }: ShareLinkProps) {
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const [withSecret, setWithSecret] = useState(false)
  const [withKey, setWithKey] = useState(true)
  const hasSecret = secret !== null && secret !== ''
  const hasKey = publicKey !== null && publicKey.trim() !== ''
  const keyIsPrivate = hasKey && looksPrivate(publicKey)
  const link = shareUrl(token, {
    secret: hasSecret && withSecret ? secret : null,
    publicKey: hasKey && withKey && !keyIsPrivate ? publicKey : null,
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

interface Included {
  readonly secret: string | null
  readonly publicKey: string | null
}

/** The link for this page, or why it cannot be made (a value no URL can carry). */
function shareUrl(token: string, included: Included) {
  try {
    const url = buildShareUrl(window.location.href, {
      token: token.trim(),
      ...(included.secret === null ? {} : { secret: included.secret }),
      ...(included.publicKey === null ? {} : { publicKey: included.publicKey }),
    })
    return { url, problem: null }
  } catch (error) {
    if (!(error instanceof BouncerError)) throw error
    return { url: null, problem: error.message }
  }
}
