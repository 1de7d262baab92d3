import { compactDecrypt, type CryptoKey, type JWK } from 'jose'
import type { JsonObject } from '../json-segment'
import { readPlaintext, type PlaintextReading } from './decrypted-plaintext'
import { describeJwe, type JweDescription } from './describe-jwe'
import { RSA1_5_REFUSAL } from './jwe-algorithms'
import { failureFromJose, jweFailure, type JweFailure } from './jwe-failure'

/**
 * A key that can open a JWE: a WebCrypto key (as the key reader hands them
 * over), a JWK object, or raw bytes for `dir`, AES key wrapping and PBES2
 * passwords (a password as its UTF-8 bytes).
 */
export type JweKeyInput = CryptoKey | JWK | Uint8Array

/** Choices the caller makes about what to accept. */
export interface DecryptJweOptions {
  /**
   * Accept password-based (PBES2) tokens. Off by default, as in jose: the token
   * sets the PBKDF2 round count, so a stranger's token can make the page work
   * hard (RFC 7518 §4.8.1.2 and RFC 8725 §3.2).
   */
  readonly allowPbes2?: boolean
}

/** A JWE opened with the right key: its header and its plaintext, read every way. */
export interface DecryptedJwe extends PlaintextReading {
  readonly ok: true
  readonly header: JsonObject
  readonly alg: string
  readonly enc: string
}

/**
 * Decrypts a compact JWE with jose and reads the plaintext as UTF-8 text, as
 * JSON and, when it is one, as a nested token for the decoder. Every failure is
 * a coded result, never a thrown error: a malformed token, an algorithm that is
 * not supported (RSA1_5), PBES2 without `allowPbes2`, a key of the wrong kind,
 * or a key that does not open the token.
 */
export async function decryptJwe(
  token: string,
  key: JweKeyInput,
  options: DecryptJweOptions = {},
): Promise<DecryptedJwe | JweFailure> {
  if (typeof token !== 'string') {
    throw new TypeError(`decryptJwe expects the token as a string, got ${typeof token}`)
  }
  const description = describeJwe(token)
  if (!description.ok) {
    return jweFailure(
      description.code === 'not-jwe' ? 'not-jwe' : 'malformed',
      description.message,
    )
  }
  const accepted = acceptForDecrypting(description, key, options)
  if (!accepted.ok) return accepted
  const { alg, enc, pbes2 } = accepted
  try {
    const { plaintext } = await compactDecrypt(
      description.token,
      key,
      pbes2 ? { keyManagementAlgorithms: [alg] } : {},
    )
    return {
      ok: true,
      header: description.header,
      alg,
      enc,
      ...readPlaintext(plaintext, description.cty),
    }
  } catch (cause) {
    return failureFromJose(cause, alg, 'decrypt')
  }
}

/** What decrypting needs from the header, once no refusal applies. */
interface Accepted {
  readonly ok: true
  readonly alg: string
  readonly enc: string
  readonly pbes2: boolean
}

/** The refusals that need no cryptography, each with the reason in words. */
function acceptForDecrypting(
  description: JweDescription,
  key: JweKeyInput,
  options: DecryptJweOptions,
): Accepted | JweFailure {
  const { alg, enc, keyManagement, contentEncryption, problems } = description
  const problem = problems[0]
  if (problem !== undefined) {
    return jweFailure('malformed', `the token is malformed: ${problem.message}`)
  }
  if (alg === null || enc === null) {
    const missing = alg === null ? '"alg" (RFC 7516 §4.1.1)' : '"enc" (RFC 7516 §4.1.2)'
    return jweFailure('invalid-jwe', `the protected header has no string ${missing}`)
  }
  if (keyManagement === null) {
    return jweFailure(
      'not-supported',
      `"alg": ${JSON.stringify(alg)} is not supported: it is not a key management algorithm of RFC 7518 §4.1`,
    )
  }
  if (keyManagement.support === 'not-supported') {
    return jweFailure(
      'not-supported',
      `${alg} is not supported: ${RSA1_5_REFUSAL}. This is not a verdict on the token; ask its sender for RSA-OAEP-256`,
    )
  }
  if (keyManagement.support === 'opt-in' && options.allowPbes2 !== true) {
    return jweFailure(
      'pbes2-not-allowed',
      `${alg} is not allowed: a password-based token sets its own PBKDF2 round count ("p2c": ${JSON.stringify(description.header['p2c'] ?? null)}), so it is refused unless password-based decryption is explicitly allowed`,
    )
  }
  if (contentEncryption === null) {
    return jweFailure(
      'not-supported',
      `"enc": ${JSON.stringify(enc)} is not supported: it is not a content encryption algorithm of RFC 7518 §5.1`,
    )
  }
  if (key instanceof Uint8Array && key.length === 0) {
    return jweFailure(
      'no-key',
      `no key given: ${alg} needs ${keyManagement.recipientKey}`,
    )
  }
  return { ok: true, alg, enc, pbes2: keyManagement.support === 'opt-in' }
}
