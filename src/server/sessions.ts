import { base64url } from 'jose'
import type { ServerState, SessionRecord } from './server-state'

const SESSION_ID_BYTES = 32

/** What the session store holds under an id at a given moment. */
export type SessionLookup =
  | { readonly status: 'found'; readonly session: SessionRecord }
  | { readonly status: 'unknown' }
  | { readonly status: 'expired'; readonly session: SessionRecord }

/**
 * A new session id: 32 random bytes (256 bits, far above OWASP's 64-bit floor),
 * base64url so it fits a cookie value unchanged. 43 characters.
 */
export function newSessionId(): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(SESSION_ID_BYTES)))
}

/** A session for a user, living `sessionTtlSeconds` from `now`. */
export function newSession(
  state: ServerState,
  data: SessionRecord['data'],
  now: number,
): SessionRecord {
  return {
    id: newSessionId(),
    data,
    createdAt: now,
    expiresAt: now + state.settings.sessionTtlSeconds * 1000,
  }
}

/** Looks an id up; a session is expired from its `expiresAt` on. */
export function lookupSession(
  state: ServerState,
  id: string,
  now: number,
): SessionLookup {
  const session = Object.hasOwn(state.sessions, id) ? state.sessions[id] : undefined
  if (session === undefined) return { status: 'unknown' }
  return now >= session.expiresAt
    ? { status: 'expired', session }
    : { status: 'found', session }
}

/** The state with a session added to the store. */
export function withSession(state: ServerState, session: SessionRecord): ServerState {
  return { ...state, sessions: { ...state.sessions, [session.id]: session } }
}

/** The state with a session removed from the store; unchanged if it was not there. */
export function withoutSession(state: ServerState, id: string): ServerState {
  if (!Object.hasOwn(state.sessions, id)) return state
  const sessions = Object.fromEntries(
    Object.entries(state.sessions).filter(([key]) => key !== id),
  )
  return { ...state, sessions }
}
