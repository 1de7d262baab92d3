import type { JsonObject } from '../json-segment'
import {
  hasNoEncryptedKey,
  RSA1_5_REFUSAL,
  type ContentEncryptionInfo,
  type KeyManagementInfo,
} from './jwe-algorithms'

/** A segment as the findings need it: its place and decoded size. */
interface SizedSegment {
  readonly index: number
  readonly byteLength: number | null
}

/**
 * What is odd about a JWE before any key is tried, each in one sentence: an
 * algorithm that is unknown, unsupported or opt-in, a missing `epk`, and
 * segments whose presence or size does not fit the algorithms the header names.
 */
export function jweFindings(
  header: JsonObject,
  keyManagement: KeyManagementInfo | null,
  contentEncryption: ContentEncryptionInfo | null,
  segments: readonly SizedSegment[],
): string[] {
  return [
    ...algorithmFindings(header, keyManagement, contentEncryption),
    ...segmentFindings(keyManagement, contentEncryption, segments),
  ]
}

function algorithmFindings(
  header: JsonObject,
  keyManagement: KeyManagementInfo | null,
  contentEncryption: ContentEncryptionInfo | null,
): string[] {
  const findings: string[] = []
  const { alg, enc, zip } = header
  if (alg === undefined) {
    findings.push(
      '"alg" is missing: a JWE header must name its key management algorithm (RFC 7516 §4.1.1)',
    )
  } else if (keyManagement === null) {
    findings.push(
      `"alg": ${JSON.stringify(alg)} is not a key management algorithm of RFC 7518 §4.1, so no key can open this token here`,
    )
  } else if (keyManagement.support === 'not-supported') {
    findings.push(
      `${keyManagement.alg} is not supported here: ${RSA1_5_REFUSAL}; the sender should use RSA-OAEP-256`,
    )
  } else if (keyManagement.support === 'opt-in') {
    findings.push(
      `${keyManagement.alg} derives the key from a password; decrypting needs the password and an explicit opt-in, because the token itself sets how many PBKDF2 rounds ("p2c") the recipient must run`,
    )
  }
  if (enc === undefined) {
    findings.push(
      '"enc" is missing: a JWE header must name its content encryption (RFC 7516 §4.1.2)',
    )
  } else if (contentEncryption === null) {
    findings.push(
      `"enc": ${JSON.stringify(enc)} is not a content encryption algorithm of RFC 7518 §5.1`,
    )
  }
  if (zip !== undefined && zip !== 'DEF') {
    findings.push(
      `"zip": ${JSON.stringify(zip)} is not a compression algorithm; only "DEF" is defined (RFC 7516 §4.1.3)`,
    )
  }
  const agreement = keyManagement?.mode.includes('key-agreement') === true
  if (agreement && (typeof header['epk'] !== 'object' || header['epk'] === null)) {
    findings.push(
      `"epk" is missing: ${keyManagement?.alg ?? 'ECDH-ES'} needs the sender's one-time public key to derive the key (RFC 7518 §4.6.1.1)`,
    )
  }
  return findings
}

function segmentFindings(
  keyManagement: KeyManagementInfo | null,
  contentEncryption: ContentEncryptionInfo | null,
  segments: readonly SizedSegment[],
): string[] {
  const findings: string[] = []
  const sizeOf = (index: number) =>
    segments.find((segment) => segment.index === index)?.byteLength
  const keyBytes = sizeOf(1)
  if (keyManagement !== null && typeof keyBytes === 'number') {
    if (hasNoEncryptedKey(keyManagement) && keyBytes > 0) {
      findings.push(
        `the encrypted key has ${keyBytes} bytes, but ${keyManagement.alg} sends no key and leaves it empty (RFC 7516 §5.1): the token was put together wrongly`,
      )
    } else if (!hasNoEncryptedKey(keyManagement) && keyBytes === 0) {
      findings.push(
        `the encrypted key is empty, but ${keyManagement.alg} carries the content key there: the token is incomplete`,
      )
    }
  }
  if (contentEncryption === null) return findings
  const { enc, ivBytes, tagBytes } = contentEncryption
  const ivSize = sizeOf(2)
  if (typeof ivSize === 'number' && ivSize !== ivBytes) {
    findings.push(`the IV is ${ivSize} bytes, but ${enc} uses ${ivBytes}`)
  }
  const tagSize = sizeOf(4)
  if (typeof tagSize === 'number' && tagSize !== tagBytes) {
    findings.push(
      `the authentication tag is ${tagSize} bytes, but ${enc} makes ${tagBytes}`,
    )
  }
  return findings
}
