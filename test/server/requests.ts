import type { HeaderField, HttpRequest } from '../../src/http/message'

/** The modelled site's origin. */
export const SITE = 'https://example.com'

/** Shorthands for the requests the server tests send, as a browser would put them on the wire. */
export const requests = {
  login(username: string, password: string, headers: HeaderField[] = []): HttpRequest {
    return {
      method: 'POST',
      url: `${SITE}/login`,
      headers: [{ name: 'Content-Type', value: 'application/json' }, ...headers],
      body: JSON.stringify({ username, password }),
    }
  },
  profile(headers: HeaderField[] = []): HttpRequest {
    return { method: 'GET', url: `${SITE}/profile`, headers, body: '' }
  },
  logout(headers: HeaderField[] = []): HttpRequest {
    return { method: 'POST', url: `${SITE}/logout`, headers, body: '' }
  },
  send(
    method: string,
    path: string,
    headers: HeaderField[] = [],
    body = '',
  ): HttpRequest {
    return { method, url: `${SITE}${path}`, headers, body }
  },
}

/** A `Cookie` header carrying a session id. */
export function sessionCookie(id: string): HeaderField {
  return { name: 'Cookie', value: `session_id=${id}` }
}

/** An `Authorization` header carrying a bearer token. */
export function bearer(token: string): HeaderField {
  return { name: 'Authorization', value: `Bearer ${token}` }
}
