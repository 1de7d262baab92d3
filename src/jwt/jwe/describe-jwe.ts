import { decodeSegment, scanSegment } from '../base64url-segment'
import type { FieldRow } from '../claims'
import { decodeToken, type TokenPart } from '../decode-token'
import { isJsonObject, type JsonObject } from '../json-segment'
import type { PartName, TokenProblem } from '../token-problem'
import {
  contentEncryptionInfo,
  hasNoEncryptedKey,
  keyManagementInfo,
  type ContentEncryptionInfo,
  type KeyManagementInfo,
} from './jwe-algorithms'
import { jweFindings } from './jwe-findings'
import { jweHeaderRows } from './jwe-header'

/** One of the five segments of a compact JWE (RFC 7516 §7.1), named and explained. */
export interface JweSegment {
  readonly index: number
  readonly name: PartName
  /** E.g. "encrypted key", "initialization vector (IV)". */
  readonly label: string
  readonly text: string
  /** What the segment's slot shows: its text, or why it is empty. */
  readonly display: string
  /** Decoded length, or null when the segment is not valid base64url. */
  readonly byteLength: number | null
  readonly explanation: string
}

/** Everything a JWE shows without its key. */
export interface JweDescription {
  readonly ok: true
  /** The compact JWE with any "Bearer " prefix and surrounding whitespace removed. */
  readonly token: string
  /** As the decoder names it: "JWE (compact, 5 segments)". */
  readonly kindLabel: string
  readonly header: JsonObject
  /** The protected header's JSON text exactly as sent. */
  readonly headerText: string
  readonly rows: readonly FieldRow[]
  readonly alg: string | null
  readonly enc: string | null
  readonly zip: string | null
  readonly cty: string | null
  readonly kid: string | null
  /** The sender's one-time public key, for ECDH-ES. */
  readonly epk: JsonObject | null
  readonly keyManagement: KeyManagementInfo | null
  readonly contentEncryption: ContentEncryptionInfo | null
  readonly segments: readonly JweSegment[]
  /** Why the claims cannot be read here, in a short paragraph. */
  readonly unreadable: string
  /** What is odd about this JWE: unsupported or unknown algorithms, wrong sizes. */
  readonly findings: readonly string[]
  /** The decoder's findings about the text itself, with positions. */
  readonly problems: readonly TokenProblem[]
}

/** Why a text cannot be described as a JWE. */
export interface JweDescribeFailure {
  readonly ok: false
  readonly code: 'not-jwe' | 'header-unreadable'
  readonly message: string
  readonly problems: readonly TokenProblem[]
}

const LABELS: readonly string[] = [
  'protected header',
  'encrypted key',
  'initialization vector (IV)',
  'ciphertext',
  'authentication tag',
]

/**
 * Describes a pasted compact JWE without any key: the protected header decoded
 * and explained, the five segments named with their sizes, and why the claims
 * stay unreadable. Segments 2 to 5 are never parsed as JSON, because they are
 * bytes, not text. Never throws for any string.
 */
export function describeJwe(input: string): JweDescription | JweDescribeFailure {
  const decoded = decodeToken(input)
  if (decoded.kind !== 'jwe') {
    return {
      ok: false,
      code: 'not-jwe',
      message: `not an encrypted token: it has ${decoded.parts.length} segment${decoded.parts.length === 1 ? '' : 's'}, and a compact JWE has 5 (RFC 7516 §7.1)`,
      problems: decoded.problems,
    }
  }
  const { header, headerText } = decoded
  if (header === null || headerText === null) {
    const first = decoded.problems[0]?.message ?? 'it does not decode'
    return {
      ok: false,
      code: 'header-unreadable',
      message: `the protected header cannot be read, so nothing about this JWE is known: ${first}`,
      problems: decoded.problems,
    }
  }
  const keyManagement = keyManagementInfo(header['alg'])
  const contentEncryption = contentEncryptionInfo(header['enc'])
  const segments = decoded.parts.map((part) =>
    describeSegment(part, decoded.tokenStart, keyManagement, contentEncryption),
  )
  return {
    ok: true,
    token: decoded.token,
    kindLabel: decoded.kindLabel,
    header,
    headerText,
    rows: jweHeaderRows(header),
    alg: text(header['alg']),
    enc: text(header['enc']),
    zip: text(header['zip']),
    cty: text(header['cty']),
    kid: text(header['kid']),
    epk: isJsonObject(header['epk']) ? header['epk'] : null,
    keyManagement,
    contentEncryption,
    segments,
    unreadable: unreadable(keyManagement, contentEncryption),
    findings: jweFindings(header, keyManagement, contentEncryption, segments),
    problems: decoded.problems,
  }
}

function describeSegment(
  part: TokenPart,
  tokenStart: number,
  keyManagement: KeyManagementInfo | null,
  contentEncryption: ContentEncryptionInfo | null,
): JweSegment {
  const { decodable } = scanSegment(part.text, {
    index: part.index,
    part: part.name,
    offset: tokenStart + part.start,
    within: 'the token',
  })
  const byteLength =
    decodable === null ? null : (decodeSegment(decodable)?.length ?? null)
  const size = byteLength === null ? 'not valid base64url' : `${byteLength} bytes`
  const enc = contentEncryption?.enc ?? 'the "enc" algorithm'
  const explanations = [
    'The header as base64url JSON: anyone can read it, and it is bound to the ciphertext as additional authenticated data, so changing one character makes decryption fail (RFC 7516 §5.1).',
    keyManagement === null
      ? `The content encryption key (CEK), encrypted for the recipient (${size}).`
      : `${keyManagement.explanation} (${size}).`,
    `A random value, new for every token and not secret, that makes ${enc} encrypt the same claims differently each time (${size}).`,
    `The claims, encrypted with ${enc} (${size}); only the content encryption key turns them back into text.`,
    `Checked before any plaintext is released, so a changed header, IV or ciphertext is refused instead of decrypted to garbage (${size}).`,
  ]
  return {
    index: part.index,
    name: part.name,
    label: LABELS[part.index] ?? part.name,
    text: part.text,
    display: part.text === '' ? emptyDisplay(part.index, keyManagement) : part.text,
    byteLength,
    explanation: explanations[part.index] ?? '',
  }
}

/** What an empty segment's slot says: why it is empty when that is by design. */
function emptyDisplay(index: number, keyManagement: KeyManagementInfo | null): string {
  if (index !== 1 || keyManagement === null || !hasNoEncryptedKey(keyManagement)) {
    return '(empty)'
  }
  return keyManagement.mode === 'direct-key-agreement'
    ? '(empty - ECDH-ES direct key agreement)'
    : '(empty - dir: the shared key is the content key)'
}

function unreadable(
  keyManagement: KeyManagementInfo | null,
  contentEncryption: ContentEncryptionInfo | null,
): string {
  const enc = contentEncryption?.enc ?? 'the algorithm named by "enc"'
  const recipientKey = keyManagement?.recipientKey ?? "the recipient's key"
  const how =
    keyManagement === null
      ? 'How the recipient gets the CEK depends on "alg", which is not one this page knows.'
      : `${keyManagement.explanation}.`
  return `A signed token's payload is only base64url, which anyone can decode. Here the claims are encrypted with ${enc} under a random content encryption key (CEK). ${how} Without ${recipientKey}, segment 4 decodes only to random-looking bytes. There is no signature to check either: the authentication tag protects the token once the key is known.`
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}
