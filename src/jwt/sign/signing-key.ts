import { base64url, type CryptoKey, type JWK } from 'jose'
import {
  isHmacSigning,
  signingAlgorithmInfo,
  type SigningAlgorithm,
} from './signing-algorithms'

/**
 * A key the signer accepts: a WebCrypto key (from generateSigningKey or the key
 * reader), a JWK object, or the raw bytes of an HMAC secret.
 */
export type SigningKeyInput = CryptoKey | JWK | Uint8Array

/** Why a key cannot sign, before or after jose tried. */
export interface SigningKeyProblem {
  readonly code: 'no-key' | 'wrong-key-type'
  readonly message: string
}

/** Refuses keys that cannot possibly sign, with words jose would not find. */
export function signingKeyProblem(
  alg: SigningAlgorithm,
  key: SigningKeyInput,
): SigningKeyProblem | null {
  const { key: needs } = signingAlgorithmInfo(alg)
  if (key instanceof Uint8Array) {
    if (!isHmacSigning(alg)) {
      return {
        code: 'wrong-key-type',
        message: `${alg} cannot sign with raw secret bytes: it needs ${needs}`,
      }
    }
    if (key.length === 0) {
      return { code: 'no-key', message: `no secret given: ${alg} needs ${needs}` }
    }
  }
  if (isCryptoKey(key) && key.type === 'public') {
    return {
      code: 'wrong-key-type',
      message: `this is a public key, which can only verify: ${alg} signs with ${needs}`,
    }
  }
  return null
}

/**
 * Advice for a key that signs but should not be used: an HMAC secret shorter
 * than the hash, which RFC 7518 §3.2 forbids because it can be guessed offline
 * from any token it signed.
 */
export function signingKeyWarnings(
  alg: SigningAlgorithm,
  key: SigningKeyInput,
): string[] {
  const { secretBytes } = signingAlgorithmInfo(alg)
  const length = secretLength(key)
  if (secretBytes === null || length === null || length >= secretBytes) return []
  return [
    `the secret is ${length} bytes; RFC 7518 §3.2 requires at least ${secretBytes} bytes for ${alg}, and a short secret can be guessed offline from any token it signed`,
  ]
}

/**
 * The words for a key jose refused: what it said, and what the algorithm needs.
 * WebCrypto often refuses with an empty message, which is then left out rather
 * than shown as "()".
 */
export function refusedKeyMessage(alg: SigningAlgorithm, reason: string): string {
  const said = reason.trim().replace(/\.$/, '')
  const because = said === '' ? '' : ` (${said})`
  return `this key cannot sign ${alg}${because}: ${alg} needs ${signingAlgorithmInfo(alg).key}`
}

/** True for a WebCrypto key, whichever realm made it. */
export function isCryptoKey(key: unknown): key is CryptoKey {
  return (
    typeof key === 'object' &&
    key !== null &&
    Object.prototype.toString.call(key) === '[object CryptoKey]'
  )
}

function secretLength(key: SigningKeyInput): number | null {
  if (key instanceof Uint8Array) return key.length
  if (isCryptoKey(key)) {
    const { algorithm } = key as { algorithm: { name: string; length?: number } }
    return algorithm.name === 'HMAC' && algorithm.length !== undefined
      ? algorithm.length / 8
      : null
  }
  if (key.kty !== 'oct' || typeof key.k !== 'string') return null
  try {
    return base64url.decode(key.k).length
  } catch {
    return null
  }
}
