import type { ActionParams } from '../action-names'
import type { ActionResult } from '../run-action'
import type { SendToServer } from '../send-to-server'
import type { World } from '../world'
import { readJsonBody, sendFromPage } from './send-from-page'
import { storedToken, withStoredToken } from './token-storage'

/** Default credentials, so a lesson step or button can log in without typing. */
const DEFAULT_USERNAME = 'alice'
const DEFAULT_PASSWORD = 'securepassword123'

/**
 * POST /login. A cookie client has nothing to do afterwards: the browser stores the
 * session cookie by itself. A token client must pick the token out of the body and
 * keep it somewhere its script can reach, here localStorage.
 */
export async function login(
  world: World,
  params: ActionParams,
  send: SendToServer,
): Promise<ActionResult> {
  const credentials = {
    username: params.username ?? DEFAULT_USERNAME,
    password: params.password ?? DEFAULT_PASSWORD,
  }
  const sent = await sendFromPage(
    world,
    { method: 'POST', path: '/login', jsonBody: credentials },
    send,
  )
  if (world.clientMode !== 'jwt') return { world: sent.world, remark: null }
  const token = tokenFromBody(readJsonBody(sent.exchange))
  if (token === null) return { world: sent.world, remark: null }
  return {
    world: withStoredToken(sent.world, token),
    remark: 'The page’s script saved the token in localStorage under "access_token".',
  }
}

/** GET /profile, with whatever credential the client holds. */
export async function getProfile(
  world: World,
  _params: ActionParams,
  send: SendToServer,
): Promise<ActionResult> {
  const sent = await sendFromPage(world, profileRequest(world, storedToken(world)), send)
  return { world: sent.world, remark: null }
}

/**
 * POST /logout. With sessions the server deletes its record and expires the cookie.
 * With tokens the page can only forget its own copy.
 */
export async function logout(
  world: World,
  _params: ActionParams,
  send: SendToServer,
): Promise<ActionResult> {
  const bearerToken = world.clientMode === 'jwt' ? storedToken(world) : null
  const sent = await sendFromPage(
    world,
    { method: 'POST', path: '/logout', bearerToken },
    send,
  )
  if (world.clientMode !== 'jwt') return { world: sent.world, remark: null }
  return {
    world: withStoredToken(sent.world, null),
    remark:
      'The page’s script deleted the token from localStorage. Any copy made earlier still works until it expires.',
  }
}

/** GET /profile carrying the copy of the token saved before logout. */
export async function replaySavedToken(
  world: World,
  _params: ActionParams,
  send: SendToServer,
): Promise<ActionResult> {
  if (world.savedTokenCopy === null) {
    return {
      world,
      remark: 'No saved copy of a token yet: save one while logged in first.',
    }
  }
  const sent = await sendFromPage(
    world,
    profileRequest(world, world.savedTokenCopy),
    send,
  )
  return { world: sent.world, remark: null }
}

function profileRequest(world: World, token: string | null) {
  const bearerToken = world.clientMode === 'jwt' ? token : null
  return { method: 'GET', path: '/profile', bearerToken } as const
}

function tokenFromBody(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('token' in body)) return null
  return typeof body.token === 'string' ? body.token : null
}
