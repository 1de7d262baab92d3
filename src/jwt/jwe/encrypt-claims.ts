import { base64url, CompactEncrypt, decodeProtectedHeader } from 'jose'
import { isJsonObject, type JsonObject } from '../json-segment'
import type { JweKeyInput } from './decrypt-jwe'
import {
  contentEncryptionInfo,
  keyManagementInfo,
  RSA1_5_REFUSAL,
  type JweAlgorithm,
  type JweEncryption,
} from './jwe-algorithms'
import { failureFromJose, jweFailure, type JweFailure } from './jwe-failure'

/** How to encrypt: the header's `alg` and `enc`, and optionally a `kid`. */
export interface EncryptClaimsOptions {
  readonly alg: JweAlgorithm
  readonly enc: JweEncryption
  /** Names the recipient's key, so the recipient can pick it (RFC 7516 §4.1.6). */
  readonly kid?: string
}

/** Claims encrypted into a compact JWE, beside what mere encoding would show. */
export interface EncryptedClaims {
  readonly ok: true
  readonly token: string
  /** The protected header jose wrote, with `epk` or `p2s`/`p2c` where the algorithm adds them. */
  readonly header: JsonObject
  /** The claims' JSON text, the plaintext that was encrypted. */
  readonly claimsText: string
  /**
   * The same claims as base64url, as a signed token's payload carries them:
   * anyone can decode this, which is the point of showing it beside `ciphertext`.
   */
  readonly encoded: string
  /** Segment 4 of the token: the claims encrypted. */
  readonly ciphertext: string
}

const encoder = new TextEncoder()

/**
 * Encrypts a claims set into a compact JWE with jose, to set encoding and
 * encryption side by side: `encoded` is readable by anyone, `ciphertext` only
 * with the recipient's key. The key is the recipient's public key (RSA-OAEP,
 * ECDH-ES), the shared secret (dir, AES key wrap), or a password's bytes
 * (PBES2). A key that does not fit comes back as a coded failure.
 */
export async function encryptClaims(
  claims: JsonObject,
  key: JweKeyInput,
  options: EncryptClaimsOptions,
): Promise<EncryptedClaims | JweFailure> {
  const { alg, enc, kid } = options
  if (!isJsonObject(claims)) {
    throw new TypeError('encryptClaims expects the claims as a JSON object')
  }
  const keyManagement = keyManagementInfo(alg)
  if (keyManagement === null || contentEncryptionInfo(enc) === null) {
    throw new TypeError(`encryptClaims cannot encrypt with alg ${alg} and enc ${enc}`)
  }
  if (keyManagement.support === 'not-supported') {
    return jweFailure(
      'not-supported',
      `${alg} is not supported: ${RSA1_5_REFUSAL}; use RSA-OAEP-256 instead`,
    )
  }
  if (key instanceof Uint8Array && key.length === 0) {
    return jweFailure(
      'no-key',
      `no key given: ${alg} needs ${keyManagement.recipientKey}`,
    )
  }
  const claimsText = JSON.stringify(claims)
  let token: string
  try {
    token = await new CompactEncrypt(encoder.encode(claimsText))
      .setProtectedHeader({ alg, enc, ...(kid === undefined ? {} : { kid }) })
      .encrypt(key)
  } catch (cause) {
    return failureFromJose(cause, alg, 'encrypt')
  }
  return {
    ok: true,
    token,
    header: decodeProtectedHeader(token) as JsonObject,
    claimsText,
    encoded: base64url.encode(claimsText),
    ciphertext: token.split('.')[3] ?? '',
  }
}
