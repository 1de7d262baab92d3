import { decodeToken } from '../../jwt/decode-token'
import { formatUtc, relativeTime } from '../../jwt/numeric-date'
import { readBearerToken } from '../bearer-auth'
import { jsonResponse } from '../json-response'
import type { RouteContext } from '../route'
import type { ServerReply } from '../server-reply'
import type { ServerStep } from '../server-step'
import { clearSessionSetCookie, readSessionId } from '../session-cookie'
import { lookupSession, withoutSession } from '../sessions'
import { passed, shortId } from '../steps'

/** `POST /logout`: ends a session on the server, or tells a token client to forget it. */
export function logout(context: RouteContext): Promise<ServerReply> {
  return Promise.resolve(
    context.state.settings.authMode === 'session'
      ? logoutSession(context)
      : logoutToken(context),
  )
}

// Logging out succeeds whatever the store holds: the aim is that no session is
// left behind, and the cookie is cleared in every case.
function logoutSession({ state, request, now }: RouteContext): ServerReply {
  const id = readSessionId(request)
  const lookup = id === null ? null : lookupSession(state, id, now)
  let step: ServerStep
  if (id === null || lookup === null) {
    step = passed(
      'session.missing',
      'The request carries no session_id cookie, so there is no session to destroy.',
    )
  } else if (lookup.status === 'unknown') {
    step = passed(
      'session.missing',
      `No session ${shortId(id)} in the store; nothing to destroy.`,
      { sessionId: id },
    )
  } else if (lookup.status === 'expired') {
    step = passed(
      'session.expired',
      `Session ${shortId(id)} had already expired; removed it from the store.`,
      { sessionId: id },
    )
  } else {
    step = passed(
      'session.destroyed',
      `Deleted session ${shortId(id)} of ${lookup.session.data.username} from the store: the id is now worthless, even to someone who copied it.`,
      { sessionId: id },
    )
  }
  return {
    response: jsonResponse(200, { message: 'Logged out' }, [
      { name: 'Set-Cookie', value: clearSessionSetCookie() },
    ]),
    server: id === null ? state : withoutSession(state, id),
    steps: [step],
  }
}

function logoutToken({ state, request, now }: RouteContext): ServerReply {
  const credentials = readBearerToken(request)
  const exp =
    credentials.kind === 'token'
      ? decodeToken(credentials.token).payload?.['exp']
      : undefined
  const until =
    typeof exp === 'number'
      ? `its exp, ${formatUtc(exp)} (${relativeTime('exp', exp, now)})`
      : 'its exp'
  const message = `The server keeps no list of tokens, so it cannot revoke one: the client deletes its copy, but any other copy of the token stays valid until ${until}.`
  return {
    response: jsonResponse(200, {
      message:
        'Logged out on this client. The token itself stays valid until it expires.',
    }),
    server: state,
    steps: [
      passed(
        'token.forgotten-by-client-only',
        message,
        typeof exp === 'number' ? { exp: String(exp) } : undefined,
      ),
    ],
  }
}
