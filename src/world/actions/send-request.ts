import { BouncerError } from '../../errors/bouncer-error'
import { methodForbidsBody } from '../../http/methods'
import type { ActionParams } from '../action-names'
import type { ActionResult } from '../run-action'
import type { SendToServer } from '../send-to-server'
import type { World } from '../world'
import { sendFromPage } from './send-from-page'
import { storedToken } from './token-storage'

/**
 * Any request a learner composes: an unknown route, a wrong method, a malformed
 * body. The browser still adds its cookies, and a token client its token.
 */
export async function sendRequest(
  world: World,
  params: ActionParams,
  send: SendToServer,
): Promise<ActionResult> {
  const method = (params.method ?? 'GET').trim().toUpperCase()
  const path = (params.path ?? '/').trim()
  const body = params.body ?? ''
  if (!/^[A-Z]+$/.test(method)) {
    throw new BouncerError(
      'request.bad-method',
      `"${method}" is not an HTTP method: use a word such as GET or POST.`,
    )
  }
  if (!path.startsWith('/') || path.startsWith('//') || /\s/.test(path)) {
    throw new BouncerError(
      'request.bad-path',
      `"${path}" is not a path on this site: start it with a single "/" and leave out spaces, e.g. /profile.`,
    )
  }
  if (body !== '' && methodForbidsBody(method)) {
    throw new BouncerError(
      'request.body-not-allowed',
      `fetch() refuses a body on a ${method} request: clear the body or choose POST.`,
    )
  }
  const request = {
    method,
    path,
    bearerToken: world.clientMode === 'jwt' ? storedToken(world) : null,
    ...(body === '' ? {} : { bodyText: body }),
  }
  const sent = await sendFromPage(world, request, send)
  return { world: sent.world, remark: null }
}
