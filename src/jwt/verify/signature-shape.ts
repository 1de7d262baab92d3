import { readChildren, readWhole, TAG, unsignedInteger } from '../keys/der'
import type { KeyDescription } from '../keys/key-reading'
import type { JwsAlgorithm } from './jws-algorithms'

/** The two integers of an ECDSA or EdDSA signature, as hex, with their length. */
export interface SignatureHalves {
  readonly r: string
  readonly s: string
  /** The length each half must have in a JWS: 32 for P-256 and Ed25519, 48, or 66. */
  readonly halfBytes: number
}

/** How big the signature is and what form it takes, against what the algorithm calls for. */
export interface SignatureShape {
  readonly bytes: number
  readonly expectedBytes: number | null
  readonly form: 'mac' | 'rsa' | 'ecdsa-raw' | 'ecdsa-der' | 'eddsa' | 'wrong-length'
  /** ECDSA (raw or DER) and EdDSA: R and S. */
  readonly halves: SignatureHalves | null
  readonly message: string
}

const EC_HALF_BYTES: Readonly<Record<string, number>> = {
  'P-256': 32,
  'P-384': 48,
  'P-521': 66,
}

/** Describes a decoded signature for the step "the signature's size and form". */
export function signatureShape(
  signature: Uint8Array,
  entry: JwsAlgorithm,
  key: KeyDescription,
): SignatureShape {
  const bytes = signature.length
  const shape = (
    form: SignatureShape['form'],
    expectedBytes: number | null,
    message: string,
    halves: SignatureHalves | null = null,
  ): SignatureShape => ({ bytes, expectedBytes, form, halves, message })
  if (entry.family === 'hmac') {
    const expected = entry.hashBits / 8
    return bytes === expected
      ? shape(
          'mac',
          expected,
          `${bytes} bytes: the whole HMAC-SHA-${entry.hashBits} output`,
        )
      : wrongLength(shape, expected, `${entry.alg} makes ${expected}-byte MACs`)
  }
  if (entry.family === 'rsa') {
    const expected = key.modulusBits === null ? null : Math.ceil(key.modulusBits / 8)
    return expected === null || bytes === expected
      ? shape(
          'rsa',
          expected,
          `${bytes} bytes: one number as long as the key's ${key.modulusBits ?? '?'}-bit modulus`,
        )
      : wrongLength(
          shape,
          expected,
          `an RSA signature is as long as the modulus (${key.modulusBits} bits)`,
        )
  }
  const half = entry.family === 'okp' ? 32 : (EC_HALF_BYTES[entry.curve ?? ''] ?? 32)
  const expected = half * 2
  if (bytes === expected) {
    const halves = split(signature, half)
    const name = entry.family === 'okp' ? 'Ed25519' : 'ECDSA'
    return shape(
      entry.family === 'okp' ? 'eddsa' : 'ecdsa-raw',
      expected,
      `${bytes} bytes: ${name} R (${half} bytes) followed by S (${half} bytes)`,
      halves,
    )
  }
  const der = entry.family === 'ec' ? derHalves(signature, half) : null
  if (der !== null) {
    return shape(
      'ecdsa-der',
      expected,
      `this is a DER-encoded ECDSA signature (an ASN.1 SEQUENCE of two INTEGERs, ${bytes} bytes), as OpenSSL, Java and many key vaults produce; a JWS needs the raw form instead, R and S as two ${half}-byte numbers side by side, ${expected} bytes (RFC 7518 §3.4). Verifiers reject it: the signer must convert it to R ‖ S`,
      der,
    )
  }
  return wrongLength(
    shape,
    expected,
    `${entry.alg} signatures are R and S of ${half} bytes each`,
  )
}

/**
 * Converts a DER ECDSA signature to the raw R ‖ S form a JWS carries, or null when
 * the bytes are not one. Used only to explain a failure, never to verify with.
 */
export function derToRaw(signature: Uint8Array, halfBytes: number): Uint8Array | null {
  const halves = derIntegers(signature, halfBytes)
  if (halves === null) return null
  const raw = new Uint8Array(halfBytes * 2)
  raw.set(halves[0], halfBytes - halves[0].length)
  raw.set(halves[1], halfBytes * 2 - halves[1].length)
  return raw
}

function derHalves(signature: Uint8Array, halfBytes: number): SignatureHalves | null {
  const raw = derToRaw(signature, halfBytes)
  return raw === null ? null : split(raw, halfBytes)
}

function derIntegers(
  signature: Uint8Array,
  halfBytes: number,
): [Uint8Array, Uint8Array] | null {
  const sequence = readWhole(signature)
  const children = sequence?.tag === TAG.sequence ? readChildren(sequence) : null
  if (children?.length !== 2) return null
  const [r, s] = children.map((child) =>
    child.tag === TAG.integer ? unsignedInteger(child.content) : null,
  )
  if (!r || !s || r.length > halfBytes || s.length > halfBytes) return null
  return [r, s]
}

function split(signature: Uint8Array, half: number): SignatureHalves {
  return {
    r: hex(signature.subarray(0, half)),
    s: hex(signature.subarray(half)),
    halfBytes: half,
  }
}

function wrongLength(
  shape: (form: 'wrong-length', expected: number, message: string) => SignatureShape,
  expected: number,
  rule: string,
): SignatureShape {
  const made = shape('wrong-length', expected, '')
  return {
    ...made,
    message: `the signature is ${made.bytes} bytes, not ${expected}: ${rule}; it was made with another algorithm or key, or cut off`,
  }
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
