import { headerValue } from '../../http/message'
import type { Exchange } from '../../trace/exchange'
import { storedToken, TOKEN_KEY } from '../../world/actions/token-storage'
import type { World } from '../../world/world'

/** A token the world holds somewhere, and where, in words for the learner. */
export interface FoundToken {
  readonly token: string
  readonly source: string
}

/**
 * The token most worth showing: the one the page holds now, else the copy saved
 * aside, else the one the selected request carried.
 */
export function findToken(world: World, exchange: Exchange | null): FoundToken | null {
  const stored = storedToken(world)
  if (stored !== null) return { token: stored, source: `localStorage["${TOKEN_KEY}"]` }
  if (world.savedTokenCopy !== null) {
    return { token: world.savedTokenCopy, source: 'the copy saved before logout' }
  }
  if (exchange === null) return null
  const authorization = headerValue(exchange.request.headers, 'Authorization')
  const bearer = authorization === null ? null : /^Bearer\s+(\S+)$/i.exec(authorization)
  if (bearer?.[1] !== undefined) {
    return {
      token: bearer[1],
      source: `the Authorization header of request #${exchange.id}`,
    }
  }
  return null
}
