import { readBearer } from '../../http/authorization'
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
  if (authorization === null) return null
  // Whatever followed "Bearer", faults and all: the server's answer and the token
  // view's problem list then explain what was wrong with what was sent.
  const bearer = readBearer(authorization.trim())
  if (bearer.kind !== 'bearer' || bearer.token === '') return null
  return {
    token: bearer.token,
    source: `the Authorization header of request #${exchange.id}`,
  }
}
