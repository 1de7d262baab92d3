import { headerValue, type HttpRequest } from '../http/message'

/** What the Authorization header offered: a bearer token, or why there is none. */
export type BearerCredentials =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'absent'; readonly reason: string }

/** The error codes of RFC 6750 §3.1 this server uses. */
export type BearerError = 'invalid_token'

const BEARER = /^Bearer +(.*)$/i

/** Reads `Authorization: Bearer <token>` (the scheme is case-insensitive, RFC 9110 §11.1). */
export function readBearerToken(request: HttpRequest): BearerCredentials {
  const authorization = headerValue(request.headers, 'Authorization')
  if (authorization === null) {
    return { kind: 'absent', reason: 'The request has no Authorization header.' }
  }
  const match = BEARER.exec(authorization.trim())
  if (!match) {
    const scheme = authorization.trim().split(' ')[0] ?? ''
    return {
      kind: 'absent',
      reason: `The Authorization header uses the "${scheme}" scheme; this server expects "Bearer <token>".`,
    }
  }
  return { kind: 'token', token: match[1] ?? '' }
}

/**
 * The `WWW-Authenticate` challenge of RFC 6750 §3. Without an error it is the bare
 * `Bearer`, as §3.1 asks when the request carried no credentials at all.
 */
export function bearerChallenge(error?: BearerError, description?: string): string {
  if (error === undefined) return 'Bearer'
  const challenge = `Bearer error="${error}"`
  return description === undefined
    ? challenge
    : `${challenge}, error_description="${quotable(description)}"`
}

/** RFC 6750 §3 allows only printable ASCII without `"` and `\` in error_description. */
function quotable(text: string): string {
  return text.replaceAll('"', "'").replace(/[^\x20-\x21\x23-\x5b\x5d-\x7e]/g, '')
}
