import { base64url } from 'jose'
import { BouncerError } from '../errors/bouncer-error'
import { decodeToken } from './decode-token'

/**
 * Rewrites one claim in a compact JWS's payload and keeps the original header and
 * signature, as an attacker editing a stored token would. The signature no longer
 * covers the new payload, which is what the server's check must catch. The
 * payload is read by the same strict decoder as the token panel, so the edit
 * starts from exactly the claims the learner saw, never from a lenient guess.
 */
export function tamperClaim(token: string, claim: string, value: string): string {
  const decoded = decodeToken(token)
  const [header, , signature] = decoded.parts
  if (decoded.kind !== 'jws' || header === undefined || signature === undefined) {
    throw new BouncerError(
      'tamper.not-a-jws',
      `Cannot tamper: the stored token has ${decoded.parts.length} parts, and a signed JWT has 3.`,
    )
  }
  if (decoded.payload === null) {
    const problem = decoded.problems.find((found) => found.part === 'payload')
    const code =
      problem?.code === 'not-an-object'
        ? 'tamper.payload-not-object'
        : 'tamper.payload-unreadable'
    throw new BouncerError(
      code,
      `Cannot tamper: the stored token’s payload cannot be read as a JSON object (${problem?.message ?? 'it did not decode'}).`,
    )
  }
  const edited = { ...decoded.payload, [claim]: parseClaimValue(value) }
  return `${header.text}.${base64url.encode(JSON.stringify(edited))}.${signature.text}`
}

/** Numbers and booleans typed into a form keep their JSON type, so `exp` stays a NumericDate. */
function parseClaimValue(value: string): unknown {
  if (/^-?\d+(\.\d+)?$/.test(value) || value === 'true' || value === 'false') {
    return JSON.parse(value)
  }
  return value
}
