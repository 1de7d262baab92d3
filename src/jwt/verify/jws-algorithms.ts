import type { KeyDescription, KeyFamily } from '../keys/key-reading'

/** A JWS algorithm jose 6 implements, and what a learner needs to know about it. */
export interface JwsAlgorithm {
  readonly alg: string
  readonly family: KeyFamily
  /** EC and OKP: the only curve the key may be on. */
  readonly curve: string | null
  /** The hash size, as in SHA-256. */
  readonly hashBits: number
  /** One sentence on how the signature is made and checked. */
  readonly scheme: string
}

const hmac = (bits: number): JwsAlgorithm => ({
  alg: `HS${bits}`,
  family: 'hmac',
  curve: null,
  hashBits: bits,
  scheme: `HMAC with SHA-${bits} (RFC 7518 §3.2): the verifier computes the same ${bits / 8}-byte MAC over the signing input with the shared secret and compares; whoever can verify can also sign`,
})
const rsa = (prefix: 'RS' | 'PS', bits: number): JwsAlgorithm => ({
  alg: `${prefix}${bits}`,
  family: 'rsa',
  curve: null,
  hashBits: bits,
  scheme:
    prefix === 'RS'
      ? `RSASSA-PKCS1-v1_5 with SHA-${bits} (RFC 7518 §3.3): the public key turns the signature back into the padded SHA-${bits} digest of the signing input, which must match; the signature is as long as the modulus`
      : `RSASSA-PSS with SHA-${bits}, MGF1 and a ${bits / 8}-byte salt (RFC 7518 §3.5): randomized, so signing twice gives different bytes, and the public key checks the digest and salt encoding; the signature is as long as the modulus`,
})
const ecdsa = (bits: number, curve: string, half: number): JwsAlgorithm => ({
  alg: `ES${bits}`,
  family: 'ec',
  curve,
  hashBits: bits,
  scheme: `ECDSA on ${curve} with SHA-${bits} (RFC 7518 §3.4): the signature is R and S, two ${half}-byte integers written one after the other (${half * 2} bytes), never DER`,
})
const eddsa = (alg: string): JwsAlgorithm => ({
  alg,
  family: 'okp',
  curve: 'Ed25519',
  hashBits: 512,
  scheme:
    alg === 'EdDSA'
      ? 'EdDSA (RFC 8037): "EdDSA" names the scheme and the key\u2019s "crv" names the curve, here Ed25519 (RFC 8032), whose signatures are 64 bytes, R (32) and S (32); SHA-512 is built in'
      : '"Ed25519" is the fully specified name for EdDSA on Ed25519 (RFC 9864): the same 64-byte signatures, R (32) and S (32), as alg "EdDSA" with an Ed25519 key',
})

const TABLE: readonly JwsAlgorithm[] = [
  hmac(256),
  hmac(384),
  hmac(512),
  rsa('RS', 256),
  rsa('RS', 384),
  rsa('RS', 512),
  rsa('PS', 256),
  rsa('PS', 384),
  rsa('PS', 512),
  ecdsa(256, 'P-256', 32),
  ecdsa(384, 'P-384', 48),
  ecdsa(512, 'P-521', 66),
  eddsa('EdDSA'),
  eddsa('Ed25519'),
]
const BY_NAME = new Map(TABLE.map((entry) => [entry.alg, entry]))

/** JWE key-management algorithms jose implements (RFC 7518 §4). */
const JWE_ALGORITHMS = new Set([
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
  'dir',
])
const CONTENT_ENCRYPTION = /^A(?:128|192|256)(?:GCM|CBC-HS(?:256|384|512))$/

const NOT_IMPLEMENTED: Readonly<Record<string, string>> = {
  RSA1_5:
    'RSA1_5 (RSAES-PKCS1-v1_5 key encryption, RFC 7518 §4.2) is not supported: WebCrypto does not implement it and jose does not either, because of its padding-oracle weakness; the token may be perfectly valid, but it cannot be decrypted here',
  ES256K:
    'ES256K (ECDSA on secp256k1, RFC 8812) is not supported: WebCrypto has no secp256k1, so jose cannot check it; the signature may be valid, it just cannot be checked here',
  Ed448:
    'Ed448 (RFC 9864) is not supported: jose implements EdDSA with Ed25519 only; the signature may be valid, it just cannot be checked here',
}

/** The jose entry for a JWS alg, or null when jose does not implement it. */
export function jwsAlgorithm(alg: string): JwsAlgorithm | null {
  return BY_NAME.get(alg) ?? null
}

/** True for an alg or enc value that belongs in a JWE header, not a JWS one. */
export function isEncryptionAlgorithm(alg: string): boolean {
  return JWE_ALGORITHMS.has(alg) || CONTENT_ENCRYPTION.test(alg) || alg === 'RSA1_5'
}

/** The algorithms a key of this family (and curve) can verify: the default allow list. */
export function algorithmsForKey(key: KeyDescription): string[] {
  return TABLE.filter(
    (entry) =>
      entry.family === key.family && (entry.curve === null || entry.curve === key.curve),
  ).map((entry) => entry.alg)
}

/**
 * Why an alg cannot be checked here, worded as "not supported", never "invalid":
 * a token signed with an algorithm jose lacks may be perfectly good.
 */
export function notSupportedMessage(alg: string, header: 'JWS' | 'JWE'): string {
  const known = NOT_IMPLEMENTED[alg]
  if (known !== undefined) return known
  if (header === 'JWE') {
    return `alg "${alg}" is not a JWE key-management algorithm jose implements, so this encrypted token cannot be decrypted here; that says nothing about whether it is valid`
  }
  if (isEncryptionAlgorithm(alg)) {
    return `alg "${alg}" is an encryption algorithm (RFC 7518 §4-5), so this is not a signed token: a JWS header names a signature algorithm such as HS256, RS256, ES256 or EdDSA`
  }
  return `alg "${alg}" is not supported: jose verifies ${TABLE.map((entry) => entry.alg).join(', ')}; a token signed with anything else cannot be checked here, which does not make it invalid`
}

/** True when jose can decrypt a JWE with this key-management alg. */
export function isSupportedJweAlgorithm(alg: string): boolean {
  return JWE_ALGORITHMS.has(alg)
}
