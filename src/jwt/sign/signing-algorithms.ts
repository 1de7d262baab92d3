import type { HmacAlgorithm } from '../hmac-check'

/**
 * The JWS algorithms the workbench signs with (RFC 7518 §3, RFC 8037 §3.1), and
 * what each one needs from a key. One table, so signing, key generation and the
 * views describe an algorithm the same way.
 */

/** An asymmetric JWS algorithm: a private key signs, its public key verifies. */
export type AsymmetricAlgorithm =
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512'
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'EdDSA'

/** Every algorithm `signToken` and `generateSigningKey` accept. */
export type SigningAlgorithm = HmacAlgorithm | AsymmetricAlgorithm

/** What an algorithm is made of, as the key and sign panels say it. */
export interface SigningAlgorithmInfo {
  readonly alg: SigningAlgorithm
  readonly family: 'HMAC' | 'RSASSA-PKCS1-v1_5' | 'RSASSA-PSS' | 'ECDSA' | 'EdDSA'
  /** The key the signer needs, e.g. "an RSA private key (2048 bits or more)". */
  readonly key: string
  /** For HMAC: the secret size RFC 7518 §3.2 asks for, equal to the hash size. */
  readonly secretBytes: number | null
  /** For ECDSA and EdDSA: the one curve the algorithm allows. */
  readonly curve: 'P-256' | 'P-384' | 'P-521' | 'Ed25519' | null
}

const RSA_KEY = 'an RSA private key (2048 bits or more); its public key verifies'

const INFO: Readonly<Record<SigningAlgorithm, SigningAlgorithmInfo>> = {
  HS256: hmac('HS256', 32),
  HS384: hmac('HS384', 48),
  HS512: hmac('HS512', 64),
  RS256: rsa('RS256', 'RSASSA-PKCS1-v1_5'),
  RS384: rsa('RS384', 'RSASSA-PKCS1-v1_5'),
  RS512: rsa('RS512', 'RSASSA-PKCS1-v1_5'),
  PS256: rsa('PS256', 'RSASSA-PSS'),
  PS384: rsa('PS384', 'RSASSA-PSS'),
  PS512: rsa('PS512', 'RSASSA-PSS'),
  ES256: ec('ES256', 'P-256'),
  ES384: ec('ES384', 'P-384'),
  ES512: ec('ES512', 'P-521'),
  EdDSA: {
    alg: 'EdDSA',
    family: 'EdDSA',
    key: 'an Ed25519 private key (an OKP key, RFC 8037); its public key verifies',
    secretBytes: null,
    curve: 'Ed25519',
  },
}

/** The algorithms in the order the workbench lists them. */
export const SIGNING_ALGORITHMS: readonly SigningAlgorithm[] = Object.freeze(
  Object.keys(INFO) as SigningAlgorithm[],
)

/** True when `alg` is one of the algorithms the workbench signs with. */
export function isSigningAlgorithm(alg: unknown): alg is SigningAlgorithm {
  return typeof alg === 'string' && Object.hasOwn(INFO, alg)
}

/** What `alg` needs from a key and how it signs. */
export function signingAlgorithmInfo(alg: SigningAlgorithm): SigningAlgorithmInfo {
  return INFO[alg]
}

/** True for HS256, HS384 and HS512, whose key is a shared secret. */
export function isHmacSigning(alg: SigningAlgorithm): alg is HmacAlgorithm {
  return INFO[alg].family === 'HMAC'
}

function hmac(alg: HmacAlgorithm, bytes: number): SigningAlgorithmInfo {
  return {
    alg,
    family: 'HMAC',
    key: `a shared secret of at least ${bytes} random bytes; the same secret verifies`,
    secretBytes: bytes,
    curve: null,
  }
}

function rsa(
  alg: AsymmetricAlgorithm,
  family: 'RSASSA-PKCS1-v1_5' | 'RSASSA-PSS',
): SigningAlgorithmInfo {
  return { alg, family, key: RSA_KEY, secretBytes: null, curve: null }
}

function ec(alg: AsymmetricAlgorithm, curve: 'P-256' | 'P-384' | 'P-521') {
  const info: SigningAlgorithmInfo = {
    alg,
    family: 'ECDSA',
    key: `an EC private key on curve ${curve}; its public key verifies`,
    secretBytes: null,
    curve,
  }
  return info
}
