import { shortId } from '../../trace/short-id'
import { errorResponse, jsonResponse } from '../json-response'
import { spendPasswordCheckTime, verifyPassword } from '../passwords'
import { parseJsonRequestBody } from '../request-body'
import type { RouteContext } from '../route'
import type { ServerReply } from '../server-reply'
import type { ServerState, UserRecord } from '../server-state'
import type { ServerStep } from '../server-step'
import { readSessionId, sessionSetCookie } from '../session-cookie'
import { newSession, withoutSession, withSession } from '../sessions'
import { failed, passed } from '../steps'
import { signAccessToken } from '../tokens'

/** The same words for an unknown user and a wrong password, so neither is revealed. */
const INVALID_CREDENTIALS = 'Wrong username or password.'

/** `POST /login`: checks the password, then starts a session or issues a token. */
export async function login({ state, request, now }: RouteContext): Promise<ServerReply> {
  const body = parseJsonRequestBody(request)
  if (!body.ok) return { response: body.response, server: state, steps: [body.step] }
  const credentials = readCredentials(body.value)
  if (typeof credentials === 'string') {
    const response = errorResponse(400, 'invalid_request', credentials)
    return { response, server: state, steps: [failed('request.invalid', credentials)] }
  }

  const { username, password } = credentials
  const user = state.users.find((candidate) => candidate.username === username)
  if (user === undefined) {
    await spendPasswordCheckTime(password, state.settings.pbkdf2Iterations)
    return rejected(
      state,
      `No user named "${username}". The server hashed the password anyway, so the reply takes as long as for a wrong password.`,
    )
  }
  if (!(await verifyPassword(password, user.password))) {
    return rejected(
      state,
      `The PBKDF2 hash of the typed password does not match ${username}'s stored hash.`,
    )
  }
  const checked = passed(
    'password.checked',
    `The PBKDF2-SHA256 hash of the typed password (${user.password.iterations} iterations, ${username}'s salt) matches the stored hash.`,
  )
  return state.settings.authMode === 'session'
    ? startSession(state, request, user, now, checked)
    : issueToken(state, user, now, checked)
}

/** The username and password from a login body, or a sentence saying what is missing. */
function readCredentials(
  value: unknown,
): { username: string; password: string } | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return 'The body must be a JSON object with "username" and "password" strings.'
  }
  const { username, password } = value as Record<string, unknown>
  if (typeof username === 'string' && typeof password === 'string') {
    return { username, password }
  }
  const missing = [
    typeof username === 'string' ? null : '"username"',
    typeof password === 'string' ? null : '"password"',
  ].filter((name) => name !== null)
  return `The body needs ${missing.join(' and ')} as ${missing.length === 1 ? 'a string' : 'strings'}.`
}

function rejected(state: ServerState, why: string): ServerReply {
  return {
    response: errorResponse(401, 'invalid_credentials', INVALID_CREDENTIALS),
    server: state,
    steps: [failed('password.checked', why)],
  }
}

function startSession(
  state: ServerState,
  request: RouteContext['request'],
  user: UserRecord,
  now: number,
  checked: ServerStep,
): ServerReply {
  const steps: ServerStep[] = [checked]
  let server = state
  // A fresh id at every login, and the old one gone: an id planted before login is worthless.
  const previous = readSessionId(request)
  if (previous !== null && Object.hasOwn(state.sessions, previous)) {
    server = withoutSession(server, previous)
    steps.push(
      passed(
        'session.destroyed',
        `Destroyed the session ${shortId(previous)} the browser already had, so a new login never reuses an old id.`,
        { sessionId: previous },
      ),
    )
  }
  const session = newSession(
    server,
    { user_id: user.id, username: user.username, role: user.role },
    now,
  )
  server = withSession(server, session)
  steps.push(
    passed(
      'session.created',
      `Created session ${shortId(session.id)} for ${user.username} in the store; it expires in ${state.settings.sessionTtlSeconds / 60} min unless the user logs out.`,
      { sessionId: session.id, expiresAt: new Date(session.expiresAt).toISOString() },
    ),
  )
  const response = jsonResponse(200, { message: 'Login successful' }, [
    { name: 'Set-Cookie', value: sessionSetCookie(session.id) },
  ])
  return { response, server, steps }
}

async function issueToken(
  state: ServerState,
  user: UserRecord,
  now: number,
  checked: ServerStep,
): Promise<ServerReply> {
  const { token, step } = await signAccessToken(state, user, now)
  return {
    response: jsonResponse(200, { message: 'Login successful', token }),
    server: state,
    steps: [checked, step],
  }
}
