import { useDeferredValue, useMemo } from 'react'
import { describeJwe } from '../../../jwt/jwe/describe-jwe'
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
 * side. A text that is not a JWE is said to be so; the encrypt demo still works.
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
        <p className="field-error" role="alert">
          Not an encrypted token: {jwe.message.replace(/^not an encrypted token: /, '')}
        </p>
      )}
      <JweEncryptDemo />
    </div>
  )
}
