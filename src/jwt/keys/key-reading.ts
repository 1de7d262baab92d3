import type { JWK } from 'jose'

/**
 * The vocabulary of reading a pasted verification key: what it turned out to be,
 * what was tidied on the way, and the stable codes of what can go wrong.
 */

/** The kinds of key a JWS can be checked with (RFC 7518 §3, RFC 8037). */
export type KeyFamily = 'hmac' | 'rsa' | 'ec' | 'okp'

/** The form the key was pasted in. */
export type KeyFormat =
  | 'pem-spki'
  | 'pem-pkcs1'
  | 'x509'
  | 'der-spki'
  | 'der-pkcs1'
  | 'der-x509'
  | 'jwk'
  | 'jwks'
  | 'secret-utf8'
  | 'secret-base64'

/** How the UI names each format. */
export const KEY_FORMAT_LABELS: Readonly<Record<KeyFormat, string>> = {
  'pem-spki': 'PEM SubjectPublicKeyInfo (BEGIN PUBLIC KEY)',
  'pem-pkcs1': 'PEM PKCS#1 RSA public key (BEGIN RSA PUBLIC KEY)',
  x509: 'X.509 certificate (BEGIN CERTIFICATE)',
  'der-spki': 'bare base64 DER SubjectPublicKeyInfo (no BEGIN/END lines)',
  'der-pkcs1': 'bare base64 DER PKCS#1 RSA public key (no BEGIN/END lines)',
  'der-x509': 'bare base64 DER X.509 certificate (no BEGIN/END lines)',
  jwk: 'JSON Web Key (JWK)',
  jwks: 'JSON Web Key Set (JWKS)',
  'secret-utf8': 'HMAC secret, as UTF-8 text',
  'secret-base64': 'HMAC secret, as base64 bytes',
}

/** What the key is, for the verifier's "which key checks it" step. */
export interface KeyDescription {
  readonly family: KeyFamily
  readonly format: KeyFormat
  /** The key's `kid`, from a JWK or the JWKS entry that was picked. */
  readonly kid: string | null
  /** A JWK's `alg`: when present, the only algorithm the key may verify. */
  readonly jwkAlg: string | null
  /** RSA only: the modulus size, which is also the signature size. */
  readonly modulusBits: number | null
  /** EC and OKP only: "P-256", "P-384", "P-521" or "Ed25519". */
  readonly curve: string | null
  /** HMAC only: the number of key bytes. */
  readonly secretBytes: number | null
  /** One line, e.g. "RSA public key, 2048-bit modulus, kid "rsa-1", from PEM …". */
  readonly summary: string
}

/** A typed secret read the other way, kept to explain a failed HMAC check. */
export interface OtherSecretReading {
  readonly format: 'secret-utf8' | 'secret-base64'
  readonly bytes: Uint8Array
}

/** A key jose can verify with, and what it is. */
export interface VerificationKey {
  readonly description: KeyDescription
  /** A public JWK (jose imports it for the token's alg) or the HMAC key bytes. */
  readonly material: JWK | Uint8Array
  readonly otherSecretReading: OtherSecretReading | null
}

/** Why a pasted text gave no usable key. */
export type KeyProblemCode =
  | 'empty'
  | 'private-key'
  | 'pem-armour'
  | 'pem-base64'
  | 'der-structure'
  | 'unsupported-format'
  | 'unsupported-key'
  | 'not-for-signing'
  | 'invalid-json'
  | 'invalid-jwk'
  | 'jwks-no-match'
  | 'jwks-ambiguous'
  | 'secret-encoding'
  | 'key-rejected'

/** One thing wrong with the pasted key: what, why, and what to do. */
export interface KeyProblem {
  readonly code: KeyProblemCode
  readonly message: string
}

/** Something tidied in the pasted text before it was read, said out loud. */
export type KeyNoticeCode =
  | 'windows-line-endings'
  | 'escaped-line-breaks'
  | 'blank-lines'
  | 'indentation'
  | 'text-around-armour'
  | 'armour-added'
  | 'armour-repaired'
  | 'pkcs1-wrapped'
  | 'label-mismatch'
  | 'secret-whitespace'
  | 'jwks-picked'

/** One tidy-up, worded for the learner. */
export interface KeyNotice {
  readonly code: KeyNoticeCode
  readonly message: string
}

/** The outcome of reading a key: a key, or the one problem that stopped it. */
export type KeyReading =
  | {
      readonly ok: true
      readonly key: VerificationKey
      readonly notices: readonly KeyNotice[]
    }
  | {
      readonly ok: false
      readonly problem: KeyProblem
      readonly notices: readonly KeyNotice[]
    }

/** A failed reading, keeping the tidy-ups done before the problem was found. */
export function keyProblem(
  code: KeyProblemCode,
  message: string,
  notices: readonly KeyNotice[] = [],
): KeyReading {
  return { ok: false, problem: { code, message }, notices }
}
