import { readBearer, type BearerFault } from '../http/authorization'
import { headerValues, type HttpRequest } from '../http/message'

/**
 * What the Authorization header offered: a bearer token, no bearer credential at
 * all (a 401 with a bare challenge), or a header too broken to read (a 400).
 */
export type BearerCredentials =
  | { readonly kind: 'token'; readonly token: string }
  | { readonly kind: 'absent'; readonly reason: string }
  | { readonly kind: 'malformed'; readonly reason: string }

/** The error codes of RFC 6750 §3.1 this server uses. */
export type BearerError = 'invalid_request' | 'invalid_token'

/**
 * Reads `Authorization: Bearer <token>` as strictly as RFC 6750 §2.1 writes it:
 * the scheme in any case, one space or more, then one token68. Another scheme is
 * no credential; a Bearer value that breaks the syntax is a malformed request.
 */
export function readBearerToken(request: HttpRequest): BearerCredentials {
  const fields = headerValues(request.headers, 'Authorization')
  if (fields.length === 0) {
    return { kind: 'absent', reason: 'The request has no Authorization header.' }
  }
  if (fields.length > 1) {
    return {
      kind: 'malformed',
      reason: `The request has ${fields.length} Authorization headers, and a request may carry only one (RFC 9110 §5.3): send a single Authorization: Bearer <token>.`,
    }
  }
  // An HTTP parser drops the spaces and tabs around a field value (RFC 9110 §5.5).
  const value = (fields[0] ?? '').replace(/^[ \t]+|[ \t]+$/g, '')
  const reading = readBearer(value)
  if (reading.kind === 'empty') {
    return {
      kind: 'malformed',
      reason: 'The Authorization header is empty. Send Authorization: Bearer <token>.',
    }
  }
  if (reading.kind === 'other-scheme') {
    return {
      kind: 'absent',
      reason: `The Authorization header uses the "${reading.scheme}" scheme; this server expects "Bearer <token>".`,
    }
  }
  if (reading.fault !== null) {
    const character = value.charAt(reading.faultIndex ?? 0)
    const position = (reading.faultIndex ?? 0) + 1
    return { kind: 'malformed', reason: faultReason(reading.fault, character, position) }
  }
  return { kind: 'token', token: reading.token }
}

function faultReason(fault: BearerFault, character: string, position: number): string {
  switch (fault) {
    case 'no-token':
      return 'The Authorization header says "Bearer" but carries no token after it. Send Authorization: Bearer <token>.'
    case 'separator':
      return `The Authorization header separates "Bearer" from the token with ${JSON.stringify(character)} at character ${position}; RFC 6750 §2.1 allows only spaces there.`
    case 'space-in-token':
      return `The Authorization header has a space at character ${position}, inside or after the token: send exactly one token after "Bearer", in one piece (RFC 6750 §2.1).`
    case 'not-token68':
      return `The Authorization header has ${JSON.stringify(character)} at character ${position}, which a bearer token cannot contain: only letters, digits, "-", ".", "_", "~", "+", "/" and trailing "=" (RFC 6750 §2.1). Copy the token again, unencoded.`
  }
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
