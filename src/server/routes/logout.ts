import { decodeToken } from '../../jwt/decode-token'
import { formatUtc, relativeTime } from '../../jwt/numeric-date'
import { shortId } from '../../trace/short-id'
import { readBearerToken, type BearerCredentials } from '../bearer-auth'
import { jsonResponse } from '../json-response'
import type { RouteContext } from '../route'
import type { ServerReply } from '../server-reply'
import type { ServerStep } from '../server-step'
import { clearSessionSetCookie, readSessionId } from '../session-cookie'
import { lookupSession, withoutSession } from '../sessions'
import { passed } from '../steps'

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

// The server only reads exp here, to say how long copies live; it verifies
// nothing, because logging out changes nothing on its side. The sentence says so.
function logoutToken({ state, request, now }: RouteContext): ServerReply {
  const credentials = readBearerToken(request)
  const exp =
    credentials.kind === 'token'
      ? decodeToken(credentials.token).payload?.['exp']
      : undefined
  const message = `The server keeps no list of tokens, so it cannot revoke one: the client deletes its copy, but any other copy of a valid token is accepted until its exp. ${unverifiedExp(credentials, exp, now)}`
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

/** What the request's token says about its expiry, marked as unchecked. */
function unverifiedExp(
  credentials: BearerCredentials,
  exp: unknown,
  now: number,
): string {
  if (credentials.kind === 'absent') {
    return 'This request carried no bearer token to read an exp from.'
  }
  if (credentials.kind === 'malformed') {
    return `Its Authorization header could not be read, so no exp either: ${credentials.reason}`
  }
  if (typeof exp !== 'number') {
    return 'The server did not check the token this request carried, and found no exp in it to read.'
  }
  return `This token's exp says ${formatUtc(exp)} (${relativeTime('exp', exp, now)}), but the server did not check the token's signature, so that is only what the token claims.`
}
