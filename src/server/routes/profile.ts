import type { JWTPayload } from 'jose'
import { shortId } from '../../trace/short-id'
import { bearerChallenge, readBearerToken } from '../bearer-auth'
import { errorResponse, jsonResponse } from '../json-response'
import type { RouteContext } from '../route'
import type { ServerReply } from '../server-reply'
import type { ServerState } from '../server-state'
import type { ServerStep } from '../server-step'
import { readSessionId } from '../session-cookie'
import { lookupSession, withoutSession } from '../sessions'
import { failed, passed } from '../steps'
import { TOKEN_ERROR_SUMMARY, type TokenErrorCode } from '../token-errors'
import { verifyAccessToken } from '../tokens'

/** `GET /profile`: who is logged in, by session cookie or by bearer token. */
export function profile(context: RouteContext): Promise<ServerReply> {
  return context.state.settings.authMode === 'session'
    ? Promise.resolve(profileBySession(context))
    : profileByToken(context)
}

/**
 * Said in every session 401's step, because the gap is the learner's to see: RFC
 * 9110 §11.6.1 requires a challenge with a 401, and no scheme names a cookie.
 */
const NO_CHALLENGE =
  'This 401 carries no WWW-Authenticate header, although RFC 9110 §11.6.1 requires one: cookie sessions have no registered authentication scheme to name in it.'

function profileBySession({ state, request, now }: RouteContext): ServerReply {
  const id = readSessionId(request)
  if (id === null) {
    const message = 'The request carries no session_id cookie: log in first.'
    return {
      response: errorResponse(401, 'session_missing', message),
      server: state,
      steps: [failed('session.missing', `${message} ${NO_CHALLENGE}`)],
    }
  }
  const lookup = lookupSession(state, id, now)
  if (lookup.status === 'unknown') {
    const message = `No session ${shortId(id)} in the store: it was never created here, or it was destroyed. Log in again.`
    return {
      response: errorResponse(401, 'session_unknown', message),
      server: state,
      steps: [failed('session.missing', `${message} ${NO_CHALLENGE}`, { sessionId: id })],
    }
  }
  if (lookup.status === 'expired') {
    const expiredAt = new Date(lookup.session.expiresAt).toISOString()
    const message = `Session ${shortId(id)} expired at ${expiredAt} and was removed from the store. Log in again.`
    return {
      response: errorResponse(401, 'session_expired', message),
      server: withoutSession(state, id),
      steps: [
        failed('session.expired', `${message} ${NO_CHALLENGE}`, {
          sessionId: id,
          expiresAt: expiredAt,
        }),
      ],
    }
  }
  const { data } = lookup.session
  return {
    response: jsonResponse(200, data),
    server: state,
    steps: [
      passed(
        'session.found',
        `Session ${shortId(id)} is in the store and belongs to ${data.username}.`,
        { sessionId: id, expiresAt: new Date(lookup.session.expiresAt).toISOString() },
      ),
    ],
  }
}

async function profileByToken({
  state,
  request,
  now,
}: RouteContext): Promise<ServerReply> {
  const credentials = readBearerToken(request)
  if (credentials.kind === 'absent') {
    const message = `${credentials.reason} Send Authorization: Bearer <token> with the token from /login.`
    return {
      response: errorResponse(401, 'token_missing', message, [
        { name: 'WWW-Authenticate', value: bearerChallenge() },
      ]),
      server: state,
      steps: [failed('token.missing', credentials.reason)],
    }
  }
  if (credentials.kind === 'malformed') {
    // RFC 6750 §3.1: a request too broken to read is a 400, not a 401.
    return {
      response: errorResponse(400, 'invalid_request', credentials.reason, [
        { name: 'WWW-Authenticate', value: bearerChallenge('invalid_request') },
      ]),
      server: state,
      steps: [failed('request.invalid', credentials.reason)],
    }
  }
  const { steps, outcome } = await verifyAccessToken(state, credentials.token, now)
  if (!outcome.ok) return tokenRejected(state, steps, outcome.code, outcome.description)
  const profile = profileFromClaims(outcome.claims)
  if (profile === null) {
    const message =
      'The token is genuine, but it lacks what a profile needs: a numeric "sub", a "name" and a "role" claim.'
    const refused = [...steps, failed('token.claims-checked', message)]
    return tokenRejected(state, refused, 'token_claims_invalid', message)
  }
  return { response: jsonResponse(200, profile), server: state, steps }
}

/** A 401 with the RFC 6750 challenge for a token that failed a check. */
function tokenRejected(
  state: ServerState,
  steps: readonly ServerStep[],
  code: TokenErrorCode,
  message: string,
): ServerReply {
  const challenge = bearerChallenge('invalid_token', TOKEN_ERROR_SUMMARY[code])
  return {
    response: errorResponse(401, code, message, [
      { name: 'WWW-Authenticate', value: challenge },
    ]),
    server: state,
    steps,
  }
}

/** The profile a token vouches for, read from its claims alone: no lookup, no store. */
function profileFromClaims(claims: JWTPayload) {
  const { sub, name, role } = claims
  if (typeof sub !== 'string' || !/^\d+$/.test(sub)) return null
  if (typeof name !== 'string' || typeof role !== 'string') return null
  return { user_id: Number(sub), username: name, role }
}
