import { parseCookie } from 'cookie'
import { headerValues, type HttpRequest } from '../http/message'

/** The cookie that carries the session id. */
export const SESSION_COOKIE = 'session_id'

/**
 * The attributes every session cookie carries: out of reach of page script
 * (HttpOnly), https only (Secure), never sent from another site (SameSite=Strict),
 * for the whole site (Path=/). No Max-Age: the browser forgets it when it closes,
 * and the server's own expiry decides how long the session is honoured.
 */
const ATTRIBUTES = 'HttpOnly; Secure; SameSite=Strict; Path=/'

/** The `Set-Cookie` value that hands the browser a session id. */
export function sessionSetCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; ${ATTRIBUTES}`
}

/** The `Set-Cookie` value that makes the browser delete the session cookie. */
export function clearSessionSetCookie(): string {
  return `${SESSION_COOKIE}=; Max-Age=0; ${ATTRIBUTES}`
}

/**
 * The session id the request carries, or null. Reads every `Cookie` field, splits
 * each pair at its first "=" only, and keeps values exactly as sent.
 */
export function readSessionId(request: HttpRequest): string | null {
  const header = headerValues(request.headers, 'Cookie').join('; ')
  const value = parseCookie(header, { decode: (text) => text })[SESSION_COOKIE]
  return value === undefined || value === '' ? null : value
}
