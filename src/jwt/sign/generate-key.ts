import {
  base64url,
  exportJWK,
  generateKeyPair,
  generateSecret,
  type CryptoKey,
} from 'jose'
import { BouncerError } from '../../errors/bouncer-error'
import type { HmacAlgorithm } from '../hmac-check'
import {
  isHmacSigning,
  isSigningAlgorithm,
  signingAlgorithmInfo,
  type AsymmetricAlgorithm,
  type SigningAlgorithm,
} from './signing-algorithms'

/** A fresh HMAC secret: random bytes as long as the algorithm's hash. */
export interface GeneratedSecret {
  readonly kind: 'secret'
  readonly alg: HmacAlgorithm
  /** The secret as a WebCrypto key, ready for signToken. */
  readonly key: CryptoKey
  readonly bytes: Uint8Array
  /** The bytes as base64url, the way the workbench shows and stores a secret. */
  readonly secret: string
  /** E.g. "HMAC secret, 32 random bytes (256 bits)". */
  readonly description: string
}

/** A fresh key pair: the private key signs, the public key verifies. */
export interface GeneratedKeyPair {
  readonly kind: 'pair'
  readonly alg: AsymmetricAlgorithm
  readonly privateKey: CryptoKey
  readonly publicKey: CryptoKey
  /** E.g. "RSA key pair, 2048-bit modulus" or "EC key pair on P-256". */
  readonly description: string
}

/** What generateSigningKey makes: a secret for HMAC, a key pair for the rest. */
export type GeneratedKey = GeneratedSecret | GeneratedKeyPair

/** RFC 7518 §3.3 and §3.5 ask for at least 2048 bits; more only makes the demo slower. */
export const RSA_MODULUS_BITS = 2048

/**
 * Generates a key for `alg` with jose, extractable so that it can be shown and
 * exported: HMAC secrets as long as the hash (RFC 7518 §3.2), RSA with a
 * 2048-bit modulus, EC on the algorithm's one curve, Ed25519 for EdDSA. The key
 * never leaves this page unless the learner copies it.
 */
export async function generateSigningKey(alg: SigningAlgorithm): Promise<GeneratedKey> {
  if (!isSigningAlgorithm(alg)) {
    throw new TypeError(`generateSigningKey cannot make a key for ${JSON.stringify(alg)}`)
  }
  try {
    return isHmacSigning(alg) ? await secretFor(alg) : await pairFor(alg)
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new BouncerError(
      'keys.generate-failed',
      `Cannot generate a ${alg} key in this browser: ${reason.replace(/\.$/, '')}. WebCrypto support for Ed25519 arrived only in recent browser versions; update the browser or pick another algorithm.`,
      { cause },
    )
  }
}

async function secretFor(alg: HmacAlgorithm): Promise<GeneratedSecret> {
  const key = await generateSecret(alg, { extractable: true })
  const { k } = await exportJWK(key)
  const secret = k ?? ''
  const bytes = base64url.decode(secret)
  return {
    kind: 'secret',
    alg,
    key,
    bytes,
    secret,
    description: `HMAC secret, ${bytes.length} random bytes (${bytes.length * 8} bits)`,
  }
}

async function pairFor(alg: AsymmetricAlgorithm): Promise<GeneratedKeyPair> {
  const { family, curve } = signingAlgorithmInfo(alg)
  const { privateKey, publicKey } = await generateKeyPair(alg, {
    extractable: true,
    ...(family.startsWith('RSA') ? { modulusLength: RSA_MODULUS_BITS } : {}),
  })
  const description = family.startsWith('RSA')
    ? `RSA key pair, ${RSA_MODULUS_BITS}-bit modulus (${family})`
    : curve === 'Ed25519'
      ? 'Ed25519 key pair (OKP, RFC 8037)'
      : `EC key pair on ${curve ?? 'its curve'}`
  return { kind: 'pair', alg, privateKey, publicKey, description }
}
