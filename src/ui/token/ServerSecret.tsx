import { useState } from 'react'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { findToken } from './find-token'
import { keySize, secretKey } from './secret-key'

/**
 * Reveals the mock server's HS256 key, which a real server never shows, and copies
 * it with the token into the token box, so the learner can verify and tamper there.
 */
export function ServerSecret() {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  const updateDrafts = useBouncer((state) => state.updateDrafts)
  const [copiedFrom, setCopiedFrom] = useState<string | null>(null)
  if (world === null || world.clientMode !== 'jwt') return null
  const { secret } = world.server.signingKey
  const found = findToken(world, exchange)
  const bytes = secretKey(secret, 'base64url').bytes
  return (
    <details className="server-secret">
      <summary>Show the server’s secret</summary>
      <p className="note">
        A demo only: a real server never reveals its signing key, since whoever holds it
        can sign any token the server will accept.
      </p>
      <p>
        The HS256 key{bytes === null ? '' : `, ${keySize(bytes)} of random data`}, written
        as base64url:
      </p>
      <code className="mono breakable" data-testid="server-secret">
        {secret}
      </code>
      <p>
        <button
          type="button"
          disabled={found === null}
          onClick={() => {
            if (found === null) return
            updateDrafts({ token: found.token, secret, secretEncoding: 'base64url' })
            setCopiedFrom(found.source)
          }}
        >
          Open in token box
        </button>{' '}
        {found === null ? (
          <span className="muted">There is no token to open yet: log in first.</span>
        ) : null}
      </p>
      {copiedFrom === null ? null : (
        <p role="status">
          The token box below now holds the token from {copiedFrom} and this key, read as
          base64url bytes. Press Check signature there.
        </p>
      )}
    </details>
  )
}
