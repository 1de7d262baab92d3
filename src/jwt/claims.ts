import type { JsonObject } from './json-segment'
import {
  describeNumericDate,
  formatUtc,
  NUMERIC_DATE_CLAIMS,
  type LocalTimeOptions,
  type NumericDateView,
} from './numeric-date'

const REGISTERED_CLAIMS: Readonly<Record<string, string>> = {
  iss: 'Issuer: who created and signed the token (RFC 7519 §4.1.1).',
  sub: 'Subject: whom the token is about, usually a user id, as a string (RFC 7519 §4.1.2).',
  aud: 'Audience: the services meant to accept the token; any other must reject it (RFC 7519 §4.1.3).',
  exp: 'Expiration time: from this moment on the token must be rejected (RFC 7519 §4.1.4).',
  nbf: 'Not before: until this moment the token must be rejected (RFC 7519 §4.1.5).',
  iat: 'Issued at: when the token was created (RFC 7519 §4.1.6).',
  jti: 'JWT ID: a unique id, so a server can recognise a replayed or revoked token (RFC 7519 §4.1.7).',
}

const HEADER_PARAMETERS: Readonly<Record<string, string>> = {
  alg: 'Algorithm: how the token is signed; a server must accept only the algorithms it expects (RFC 7515 §4.1.1).',
  typ: 'Type: what kind of object this is, usually "JWT" (RFC 7515 §4.1.9).',
  kid: 'Key ID: a hint to which key signed the token, so the verifier can pick it (RFC 7515 §4.1.4).',
  cty: 'Content type: "JWT" when the payload is itself a token, nested inside (RFC 7519 §5.2).',
  enc: 'Encryption: how an encrypted token (JWE) protects its content (RFC 7516 §4.1.2).',
  crit: 'Critical: extensions the receiver must understand, or else reject the token (RFC 7515 §4.1.11).',
  jku: 'JWK Set URL: where to fetch the key; trusting it lets the sender choose the key (RFC 7515 §4.1.2).',
  jwk: 'JSON Web Key: the key itself, embedded; trusting it lets the sender choose the key (RFC 7515 §4.1.3).',
  epk: "Ephemeral public key: the sender's one-time key for ECDH key agreement (RFC 7518 §4.6.1.1).",
}

/** One row of the header or claims table. */
export interface FieldRow {
  readonly name: string
  /** The value as the table shows it; objects and arrays as compact JSON. */
  readonly value: string
  /** One line on what the field means, for registered names; null for others. */
  readonly explanation: string | null
  /** For NumericDate claims with a `now`: the moment as UTC, local and relative time. */
  readonly time: NumericDateView | null
}

/** What a registered claim means, in one line, or null for a private claim. */
export function explainClaim(name: string): string | null {
  return Object.hasOwn(REGISTERED_CLAIMS, name) ? (REGISTERED_CLAIMS[name] ?? null) : null
}

/** What a JOSE header parameter means, in one line, or null for one we do not describe. */
export function explainHeaderParameter(name: string): string | null {
  return Object.hasOwn(HEADER_PARAMETERS, name) ? (HEADER_PARAMETERS[name] ?? null) : null
}

/**
 * A claim value as one table cell. Objects and arrays become compact JSON (never
 * "[object Object]"); a NumericDate also shows its UTC time, e.g.
 * `1767225600 (2026-01-01T00:00:00Z)`.
 */
export function formatClaimValue(name: string, value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && NUMERIC_DATE_CLAIMS.includes(name)) {
    const utc = formatUtc(value)
    return utc === null ? String(value) : `${value} (${utc})`
  }
  if (value === undefined) return ''
  return JSON.stringify(value)
}

/** The claims of a payload as table rows, in the token's own order. */
export function claimRows(
  claims: JsonObject,
  now?: number,
  options: LocalTimeOptions = {},
): FieldRow[] {
  return Object.entries(claims).map(([name, value]) => ({
    name,
    value: formatClaimValue(name, value),
    explanation: explainClaim(name),
    time:
      now !== undefined && typeof value === 'number' && NUMERIC_DATE_CLAIMS.includes(name)
        ? describeNumericDate(name, value, now, options)
        : null,
  }))
}

/** The parameters of a JOSE header as table rows, in the token's own order. */
export function headerRows(header: JsonObject): FieldRow[] {
  return Object.entries(header).map(([name, value]) => ({
    name,
    value: formatClaimValue(name, value),
    explanation: explainHeaderParameter(name),
    time: null,
  }))
}

export {
  describeNumericDate,
  type LocalTimeOptions,
  type NumericDateView,
} from './numeric-date'
