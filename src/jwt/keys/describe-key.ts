import { base64url, type JWK } from 'jose'
import {
  KEY_FORMAT_LABELS,
  type KeyDescription,
  type KeyFamily,
  type KeyFormat,
} from './key-reading'

/** What the reader knows about a key besides its JWK. */
export interface KeyOrigin {
  readonly format: KeyFormat
  /** Set for a key picked out of a JWKS: which entry, and why. */
  readonly picked?: string
}

const FAMILY_OF_KTY: Readonly<Record<string, KeyFamily>> = {
  RSA: 'rsa',
  EC: 'ec',
  OKP: 'okp',
  oct: 'hmac',
}

/**
 * Describes a public JWK (or an oct JWK) the way the verifier's "which key checks
 * it" step says it: family, size or curve, kid, and where it came from.
 */
export function describeJwk(jwk: JWK, origin: KeyOrigin): KeyDescription {
  const family = FAMILY_OF_KTY[jwk.kty ?? ''] ?? 'hmac'
  const modulusBits = family === 'rsa' ? bitLength(jwk.n) : null
  const curve = family === 'ec' || family === 'okp' ? (jwk.crv ?? null) : null
  const secretBytes = family === 'hmac' ? byteLength(jwk.k) : null
  const kid = typeof jwk.kid === 'string' ? jwk.kid : null
  const jwkAlg = typeof jwk.alg === 'string' ? jwk.alg : null
  const what =
    family === 'rsa'
      ? `RSA public key, ${modulusBits ?? '?'}-bit modulus`
      : family === 'ec'
        ? `EC public key on ${curve ?? '?'}`
        : family === 'okp'
          ? `${curve ?? 'OKP'} public key`
          : `HMAC secret, ${secretBytes ?? 0} bytes`
  const parts = [
    what,
    kid === null ? null : `kid ${JSON.stringify(kid)}`,
    jwkAlg === null ? null : `for ${jwkAlg} only`,
    `from ${KEY_FORMAT_LABELS[origin.format]}`,
    origin.picked ?? null,
  ]
  return {
    family,
    format: origin.format,
    kid,
    jwkAlg,
    modulusBits,
    curve,
    secretBytes,
    summary: parts.filter((part) => part !== null).join(', '),
  }
}

/** Describes raw HMAC key bytes typed as a secret. */
export function describeSecret(
  bytes: Uint8Array,
  format: 'secret-utf8' | 'secret-base64',
): KeyDescription {
  const how =
    format === 'secret-utf8' ? 'the UTF-8 bytes of the text' : 'decoded from base64'
  return {
    family: 'hmac',
    format,
    kid: null,
    jwkAlg: null,
    modulusBits: null,
    curve: null,
    secretBytes: bytes.length,
    summary: `HMAC secret, ${bytes.length} bytes (${bytes.length * 8} bits), ${how}`,
  }
}

/** The number of significant bits in a base64url big-endian integer, e.g. a modulus. */
export function bitLength(value: string | undefined): number | null {
  const bytes = decodeOrNull(value)
  if (bytes === null) return null
  const start = bytes.findIndex((byte) => byte !== 0)
  if (start === -1) return 0
  return (bytes.length - start - 1) * 8 + Math.floor(Math.log2(bytes[start] ?? 1)) + 1
}

function byteLength(value: string | undefined): number | null {
  return decodeOrNull(value)?.length ?? null
}

function decodeOrNull(value: string | undefined): Uint8Array | null {
  if (typeof value !== 'string') return null
  try {
    return base64url.decode(value)
  } catch {
    return null
  }
}
