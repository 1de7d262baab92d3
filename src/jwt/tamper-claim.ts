import { base64url } from 'jose'
import { BouncerError } from '../errors/bouncer-error'

/**
 * Rewrites one claim in a compact JWS's payload and keeps the original header and
 * signature, as an attacker editing a stored token would. The signature no longer
 * covers the new payload, which is what the server's check must catch.
 */
export function tamperClaim(token: string, claim: string, value: string): string {
  const parts = token.split('.')
  if (parts.length !== 3) {
    throw new BouncerError(
      'tamper.not-a-jws',
      `Cannot tamper: the stored token has ${parts.length} parts, and a signed JWT has 3.`,
    )
  }
  const [header, payload, signature] = parts as [string, string, string]
  let claims: unknown
  try {
    claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload)))
  } catch (cause) {
    throw new BouncerError(
      'tamper.payload-unreadable',
      'Cannot tamper: the stored token’s payload is not base64url-encoded JSON.',
      { cause },
    )
  }
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    throw new BouncerError(
      'tamper.payload-not-object',
      'Cannot tamper: the payload is not a JSON object.',
    )
  }
  const edited = { ...claims, [claim]: parseClaimValue(value) }
  return `${header}.${base64url.encode(JSON.stringify(edited))}.${signature}`
}

/** Numbers and booleans typed into a form keep their JSON type, so `exp` stays a NumericDate. */
function parseClaimValue(value: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(value) || value === 'true' || value === 'false') {
    return JSON.parse(value)
  }
  return value
}
