import { useMemo } from 'react'
import { decodeToken } from '../../jwt/decode-token'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { DecodedTokenView } from './DecodedTokenView'
import { findToken } from './find-token'
import { TokenParts } from './TokenParts'

/** The token the page holds, split into its coloured parts and decoded. */
export function TokenView() {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  const found = world === null ? null : findToken(world, exchange)
  const token = found?.token ?? null
  const decoded = useMemo(() => (token === null ? null : decodeToken(token)), [token])
  if (world === null) return <p className="empty">Preparing the browser…</p>
  if (found === null || decoded === null) {
    return (
      <p className="empty">
        No token yet. In JWT mode, logging in gives the page a signed token; it appears
        here split into its three parts.
      </p>
    )
  }
  return (
    <div className="token-view">
      <h3>Held in {found.source}</h3>
      <TokenParts decoded={decoded} />
      <DecodedTokenView decoded={decoded} now={world.now} />
    </div>
  )
}
