import { base64url } from 'jose'
import { decodeSegment, scanSegment } from './base64url-segment'
import { constantTimeEqual, firstDifference } from './byte-compare'
import { decodeToken, type DecodedToken } from './decode-token'
import { relativeTime } from './numeric-date'

/** The HMAC algorithms of RFC 7518 §3.2. */
export type HmacAlgorithm = 'HS256' | 'HS384' | 'HS512'

/** What the signature check concluded; only `verified` means the bytes matched. */
export type HmacVerdict =
  'verified' | 'mismatch' | 'malformed' | 'unsigned' | 'not-hmac' | 'encrypted' | 'no-key'

/** Every fact behind an HMAC signature check, for the token box to lay out. */
export interface HmacCheck {
  readonly verdict: HmacVerdict
  readonly message: string
  readonly alg: string | null
  /** `header.payload` exactly as received: the bytes that were signed. */
  readonly signingInput: string | null
  /** The key as bytes: UTF-8 of a typed secret, or the raw bytes given. */
  readonly keyBytes: Uint8Array
  /** Set when the key is shorter than RFC 7518 §3.2 requires for the algorithm. */
  readonly keyWarning: string | null
  /** The third segment as received. */
  readonly signatureReceived: string | null
  readonly signatureReceivedBytes: Uint8Array | null
  /** The HMAC computed here, as base64url. */
  readonly signatureComputed: string | null
  readonly signatureComputedBytes: Uint8Array | null
  /** Whether the two byte strings are equal, compared in constant time. */
  readonly match: boolean
  readonly firstDifference: number | null
  /** With a `now`: when the token expires or expired, e.g. "expired 3 days ago". */
  readonly expiry: string | null
  readonly decoded: DecodedToken
}

const HASHES: Readonly<Record<HmacAlgorithm, string>> = {
  HS256: 'SHA-256',
  HS384: 'SHA-384',
  HS512: 'SHA-512',
}
const PUBLIC_KEY_ALGORITHM = /^(?:(?:RS|PS|ES)\d{3}K?|EdDSA|Ed25519|Ed448|ML-DSA-\d+)$/
const encoder = new TextEncoder()

/** True when `alg` names an HMAC algorithm this check can compute. */
export function isHmacAlgorithm(alg: unknown): alg is HmacAlgorithm {
  return typeof alg === 'string' && Object.hasOwn(HASHES, alg)
}

/** The HMAC of `data` under `key` with the algorithm's hash, via WebCrypto. */
export async function computeHmac(
  alg: HmacAlgorithm,
  key: Uint8Array,
  data: Uint8Array,
): Promise<Uint8Array> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: HASHES[alg] },
    false,
    ['sign'],
  )
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, new Uint8Array(data)))
}

/**
 * Checks a token's HMAC signature step by step: signs `header.payload` as
 * received with the key and compares the result with the signature. A string
 * secret is used as its UTF-8 bytes; pass a Uint8Array for raw key bytes (e.g. a
 * JWK's decoded `k`). The verdict is `verified` only when the bytes match and the
 * token is well formed. Typing another key never re-signs the token.
 */
export async function checkHmacSignature(
  token: string,
  secret: string | Uint8Array,
  now?: number,
): Promise<HmacCheck> {
  const decoded = decodeToken(token)
  const keyBytes =
    typeof secret === 'string' ? encoder.encode(secret) : new Uint8Array(secret)
  const start = startCheck(decoded, keyBytes, now)
  if (!isHmacAlgorithm(start.alg) || start.signingInput === null) return refuse(start)
  if (keyBytes.length === 0) {
    return {
      ...start,
      verdict: 'no-key',
      message: 'no secret given: type the secret the token was signed with',
    }
  }
  return compare(start, start.alg, start.signingInput)
}

/** The facts known before any HMAC is computed. */
function startCheck(
  decoded: DecodedToken,
  keyBytes: Uint8Array,
  now?: number,
): HmacCheck {
  const alg = decoded.header?.['alg']
  const exp = decoded.payload?.['exp']
  const [header, payload, signature] = decoded.kind === 'jws' ? decoded.parts : []
  return {
    verdict: 'malformed',
    message: `malformed token: ${decoded.problems[0]?.message ?? 'it could not be read'}`,
    alg: typeof alg === 'string' ? alg : null,
    signingInput: header && payload ? `${header.text}.${payload.text}` : null,
    keyBytes,
    keyWarning: null,
    signatureReceived: signature?.text ?? null,
    signatureReceivedBytes: null,
    signatureComputed: null,
    signatureComputedBytes: null,
    match: false,
    firstDifference: null,
    expiry:
      now !== undefined && typeof exp === 'number' ? relativeTime('exp', exp, now) : null,
    decoded,
  }
}

/** Why no HMAC is computed for a token that is encrypted, unsigned, malformed or not HMAC. */
function refuse(check: HmacCheck): HmacCheck {
  const { decoded, alg } = check
  if (decoded.kind === 'jwe') {
    return {
      ...check,
      verdict: 'encrypted',
      message:
        'encrypted token (JWE): it has no signature to check here; its integrity comes from decrypting it with the right key',
    }
  }
  if (decoded.kind !== 'jws' || alg === null) return check
  if (alg === 'none') {
    if (decoded.problems.some((problem) => problem.code === 'unsecured-with-signature')) {
      return {
        ...check,
        message:
          'malformed: alg "none" requires an empty signature segment (RFC 7518 §3.6)',
      }
    }
    if (decoded.problems.length > 0) return check
    return {
      ...check,
      verdict: 'unsigned',
      message:
        'alg none: no signature, never verified. Anyone can write this token, so a server must refuse it (RFC 7518 §3.6).',
    }
  }
  const message = PUBLIC_KEY_ALGORITHM.test(alg)
    ? `${alg} needs a public key; this box checks HMAC secrets (HS256, HS384, HS512)`
    : `"${alg}" is not an HMAC algorithm; this box checks HMAC secrets (HS256, HS384, HS512)`
  return { ...check, verdict: 'not-hmac', message }
}

/** Computes the HMAC, compares it with the received bytes, and words the verdict. */
async function compare(
  start: HmacCheck,
  alg: HmacAlgorithm,
  signingInput: string,
): Promise<HmacCheck> {
  const computed = await computeHmac(alg, start.keyBytes, encoder.encode(signingInput))
  const received = receivedBytes(start.decoded)
  const match = received !== null && constantTimeEqual(computed, received)
  const check: HmacCheck = {
    ...start,
    keyWarning: keyLengthWarning(alg, start.keyBytes.length),
    signatureReceivedBytes: received,
    signatureComputed: base64url.encode(computed),
    signatureComputedBytes: computed,
    match,
    firstDifference: received === null ? null : firstDifference(computed, received),
  }
  if (start.decoded.problems.length > 0) {
    const bytes =
      received === null
        ? ''
        : match
          ? '; the signature bytes do match once re-encoded as base64url'
          : '; the signature bytes do not match either'
    const problem = start.decoded.problems[0]?.message ?? ''
    return { ...check, message: `malformed JWS: ${problem}${bytes}` }
  }
  if (!match) {
    return {
      ...check,
      verdict: 'mismatch',
      message: `invalid signature: the ${alg} HMAC of the signing input with this key differs from the received signature from byte ${check.firstDifference ?? 0} on. Either the token changed after signing, or it was signed with another key.`,
    }
  }
  const timing =
    check.expiry === null
      ? ''
      : check.expiry.startsWith('expired')
        ? `, but the token ${check.expiry}, so a server checking exp rejects it`
        : `; the token ${check.expiry}`
  return {
    ...check,
    verdict: 'verified',
    message: `the ${alg} HMAC of the signing input with this key equals the received signature${timing}`,
  }
}

/**
 * The received signature's bytes, read leniently from `+`, `/`, `=` and unused
 * bits so they can be compared; the verdict stays `malformed` all the same.
 */
function receivedBytes(decoded: DecodedToken): Uint8Array | null {
  const signature = decoded.parts[2]
  if (signature === undefined) return null
  // Only the bytes are wanted: decodeToken has already reported the segment's faults.
  const { decodable } = scanSegment(signature.text, {
    index: 2,
    part: 'signature',
    offset: decoded.tokenStart + signature.start,
    within: 'the token',
  })
  return decodable === null ? null : decodeSegment(decodable)
}

/** Why a key of `length` bytes is too short for the algorithm (RFC 7518 §3.2), or null. */
export function keyLengthWarning(alg: HmacAlgorithm, length: number): string | null {
  const minimum = Number(alg.slice(2)) / 8
  if (length >= minimum) return null
  return `the key is ${length} bytes; RFC 7518 §3.2 requires at least ${minimum} bytes for ${alg}, and a short secret can be guessed offline from any token`
}
