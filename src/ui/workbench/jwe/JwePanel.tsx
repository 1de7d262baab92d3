import { useDeferredValue, useMemo } from 'react'
import { describeJwe, type JweDescribeFailure } from '../../../jwt/jwe/describe-jwe'
import { ErrorBoundary } from '../../layout/ErrorBoundary'
import { JweAnatomy } from './JweAnatomy'
import { JweDecrypt } from './JweDecrypt'
import { JweEncryptDemo } from './JweEncryptDemo'

interface JwePanelProps {
  /** The pasted token: a compact JWE, with or without "Bearer ". */
  readonly token: string
  /** Called with the inner token when a decrypted plaintext is a nested JWS. */
  readonly onOpenNested: (jws: string) => void
}

/**
 * The encrypted-token view: what a JWE shows without its key, decrypting it
 * with one, and encrypting a claims set to set encoding and encryption side by
 * side. The tools that read and decrypt appear only for a JWE; the encrypt demo
 * is always there.
 */
export function JwePanel(props: JwePanelProps) {
  return (
    <ErrorBoundary panel="Encrypted token (JWE)">
      <Jwe {...props} />
    </ErrorBoundary>
  )
}

function Jwe({ token, onOpenNested }: JwePanelProps) {
  const deferred = useDeferredValue(token)
  const jwe = useMemo(() => describeJwe(deferred), [deferred])
  return (
    <div className="jwe-panel">
      {jwe.ok ? (
        <>
          <p>
            This is a {jwe.kindLabel}: an encrypted token. Its claims are hidden from
            everyone but the holder of the key, and nothing is signed.
          </p>
          <JweAnatomy jwe={jwe} />
          <JweDecrypt jwe={jwe} onOpenNested={onOpenNested} />
        </>
      ) : (
        <NoJwe token={deferred} failure={jwe} />
      )}
      <JweEncryptDemo />
    </div>
  )
}

interface NoJweProps {
  readonly token: string
  readonly failure: JweDescribeFailure
}

/**
 * Why there is nothing to decrypt, as a plain paragraph: a signed token pasted
 * here is normal, and an alert would interrupt a screen reader at every paste.
 */
function NoJwe({ token, failure }: NoJweProps) {
  if (token.trim() === '') {
    return (
      <p className="muted">
        Paste an encrypted token (JWE) above to read its header and parts and to decrypt
        it here.
      </p>
    )
  }
  if (failure.code === 'header-unreadable') {
    return <p className="field-error">This JWE cannot be opened: {failure.message}.</p>
  }
  return (
    <p className="muted">
      Not an encrypted token: {failure.message.replace(/^not an encrypted token: /, '')}.
      Its header, its parts and a key box to decrypt it appear here when you paste a JWE.
    </p>
  )
}
