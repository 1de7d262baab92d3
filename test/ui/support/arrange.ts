import type { AuthMode } from '../../../src/server/server-state'
import { runAction } from '../../../src/world/actions'
import type { ActionName, ActionParams } from '../../../src/world/action-names'
import { withStoredToken } from '../../../src/world/actions/token-storage'
import { createWorld } from '../../../src/world/create-world'
import type { World } from '../../../src/world/world'
import { directSend } from '../../helpers/direct-send'

/** The frozen virtual clock every arranged world starts at: 2026-01-15 12:00:00 UTC. */
export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

/** jwt.io's demo token with the name changed: readable by anyone, signed by nobody here. */
export const CALLAHAN_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

/** The session lesson's worlds, each made from the one before by the real server. */
export interface SessionWorlds {
  readonly fresh: World
  /** Alice logged in: the server holds her session, the jar its HttpOnly cookie. */
  readonly afterLogin: World
  readonly afterProfile: World
  /** Alice logged out: the server dropped the row and the browser the cookie. */
  readonly afterLogout: World
}

/** The JWT lesson's worlds, each made from the one before by the real server. */
export interface JwtWorlds {
  readonly fresh: World
  /** Alice logged in: the page holds a token the server signed. */
  readonly afterLogin: World
  /** The stored token's role claim now says "superuser"; its signature is unchanged. */
  readonly afterTamper: World
  /** The forged token went to GET /profile, and the server refused it. */
  readonly afterRejectedProfile: World
}

/** Runs one action as a learner would, against the real mock server, sending directly. */
export async function act(
  world: World,
  name: ActionName,
  params: ActionParams = {},
): Promise<World> {
  return (await runAction(world, name, params, directSend)).world
}

/** A fresh world of the real server and browser model, its clock at NOW. */
export function freshWorld(mode: AuthMode = 'session'): Promise<World> {
  return createWorld(mode, NOW)
}

/**
 * Log in, get the profile, log out: what the first lesson does. Each test file builds
 * these once, in beforeAll, since a real world hashes the demo passwords.
 */
export async function sessionWorlds(): Promise<SessionWorlds> {
  const fresh = await freshWorld('session')
  const afterLogin = await act(fresh, 'login')
  const afterProfile = await act(afterLogin, 'get-profile')
  const afterLogout = await act(afterProfile, 'logout')
  return { fresh, afterLogin, afterProfile, afterLogout }
}

/** Log in, forge the role claim, and send the forgery: what the second lesson does. */
export async function jwtWorlds(): Promise<JwtWorlds> {
  const fresh = await freshWorld('jwt')
  const afterLogin = await act(fresh, 'login')
  const afterTamper = await act(afterLogin, 'tamper-token', {
    claim: 'role',
    value: 'superuser',
  })
  const afterRejectedProfile = await act(afterTamper, 'get-profile')
  return { fresh, afterLogin, afterTamper, afterRejectedProfile }
}

/** `world` with `token` in the page's localStorage, as if its script had saved it. */
export function holding(world: World, token: string = CALLAHAN_TOKEN): World {
  return withStoredToken(world, token)
}
