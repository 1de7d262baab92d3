import {
  exportJWK,
  generateKeyPair,
  generateSecret,
  type CryptoKey,
  type JWK,
} from 'jose'
import { BouncerError } from '../../../errors/bouncer-error'
import type { JweKeyInput } from '../../../jwt/jwe/decrypt-jwe'
import type { JweAlgorithm, JweEncryption } from '../../../jwt/jwe/jwe-algorithms'

/** A key made for the encrypt demo: what encrypts, and the JWK that decrypts. */
export interface DemoKey {
  /** The recipient's public key, or the shared key. */
  readonly encryptWith: JweKeyInput
  /** The recipient's private key, or the shared key, as a JWK to paste into Decrypt. */
  readonly decryptJwk: JWK
  /** E.g. "RSA key pair, 2048-bit modulus: the public key encrypts, the private key decrypts". */
  readonly description: string
}

/**
 * The key management algorithms the demo offers. PBES2 is left out because it
 * starts from a password, not a generated key.
 */
export const DEMO_ALGORITHMS: readonly JweAlgorithm[] = [
  'RSA-OAEP-256',
  'RSA-OAEP',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A256KW',
  'dir',
  'A128KW',
  'A256KW',
  'A128GCMKW',
  'A256GCMKW',
]

/** The content encryption algorithms the demo offers. */
export const DEMO_ENCRYPTIONS: readonly JweEncryption[] = [
  'A256GCM',
  'A128GCM',
  'A128CBC-HS256',
  'A256CBC-HS512',
]

const RSA_MODULUS_BITS = 2048

/**
 * Generates a fresh, extractable key for `alg` (and, for `dir`, sized for
 * `enc`, since the shared key is then the content key itself), so the demo can
 * hand the learner the key that opens the token it made.
 */
export async function generateEncryptionKey(
  alg: JweAlgorithm,
  enc: JweEncryption,
): Promise<DemoKey> {
  try {
    if (alg.startsWith('RSA-OAEP')) {
      const pair = await generateKeyPair(alg, {
        extractable: true,
        modulusLength: RSA_MODULUS_BITS,
      })
      return pairKey(pair, `RSA key pair, ${RSA_MODULUS_BITS}-bit modulus`)
    }
    if (alg.startsWith('ECDH-ES')) {
      const pair = await generateKeyPair(alg, { extractable: true, crv: 'P-256' })
      return pairKey(pair, 'EC key pair on P-256')
    }
    const secret = await generateSecret(alg === 'dir' ? enc : alg, { extractable: true })
    const decryptJwk = await exportJWK(secret)
    const bits = secret instanceof Uint8Array ? secret.length * 8 : keyBits(secret)
    return {
      encryptWith: secret,
      decryptJwk,
      description: `${bits}-bit shared key: the same key encrypts and decrypts`,
    }
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new BouncerError(
      'jwe.generate-failed',
      `Cannot generate a key for ${alg} with ${enc} in this browser: ${reason.replace(/\.$/, '')}. Pick another algorithm, or update the browser.`,
      { cause },
    )
  }
}

async function pairKey(
  pair: { publicKey: CryptoKey; privateKey: CryptoKey },
  what: string,
): Promise<DemoKey> {
  return {
    encryptWith: pair.publicKey,
    decryptJwk: await exportJWK(pair.privateKey),
    description: `${what}: the public key encrypts, only the private key decrypts`,
  }
}

function keyBits(key: CryptoKey): number {
  const { length } = key.algorithm as { length?: number }
  return length ?? 0
}
