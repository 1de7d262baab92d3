import { decodeSegment, scanSegment, type SegmentScan } from './base64url-segment'
import { cleanToken } from './clean-token'
import { decodeJsonSegment, type JsonObject, type JsonSegment } from './json-segment'
import {
  problemAt,
  segmentAt,
  type PartName,
  type SegmentPlace,
  type TokenNotice,
  type TokenProblem,
} from './token-problem'

/** A signed token (3 segments), an encrypted one (5), or neither. */
export type TokenKind = 'jws' | 'jwe' | 'unknown'

/**
 * One segment of the cleaned token and where it sits in it, for colouring. Add
 * `DecodedToken.tokenStart` to `start` or `end` for an index into the input.
 */
export interface TokenPart {
  readonly index: number
  readonly name: PartName
  readonly text: string
  /** Index of the segment's first character in the cleaned token. */
  readonly start: number
  /** Index just past the segment's last character. */
  readonly end: number
}

/** Everything the decoder could learn from a pasted token, and everything wrong with it. */
export interface DecodedToken {
  readonly input: string
  /** The token after removing a `Bearer ` prefix and surrounding whitespace. */
  readonly token: string
  /** Index in `input` where `token` starts, e.g. 7 after a stripped "Bearer ". */
  readonly tokenStart: number
  readonly notices: readonly TokenNotice[]
  readonly kind: TokenKind
  /** How the UI names the kind, e.g. "JWE (compact, 5 segments)". */
  readonly kindLabel: string
  readonly parts: readonly TokenPart[]
  readonly header: JsonObject | null
  /** The header's decoded text exactly as sent, before JSON parsing. */
  readonly headerText: string | null
  /** The claims, for a JWS only: a JWE's payload is encrypted. */
  readonly payload: JsonObject | null
  readonly payloadText: string | null
  /** Length of the decoded signature in bytes, for a JWS whose signature decodes. */
  readonly signatureLength: number | null
  /** For a JWE: why the rest cannot be read here. */
  readonly encryptedNote: string | null
  /** Each fault, located by `offset` and `position` in `input`, the text as given. */
  readonly problems: readonly TokenProblem[]
  /**
   * The same token in strict base64url, when its only faults were `+`, `/`, `=`
   * or unused bits set in a segment's last character.
   */
  readonly canonicalToken: string | null
}

const JWS_PARTS: readonly PartName[] = ['header', 'payload', 'signature']
const JWE_PARTS: readonly PartName[] = [
  'header',
  'encrypted-key',
  'iv',
  'ciphertext',
  'tag',
]
const REPAIRABLE = new Set(['standard-base64', 'base64-padding', 'non-canonical'])
const NOT_DECODED: JsonSegment = { text: null, value: null, problems: [] }

/**
 * Decodes a pasted JWT without verifying it, going as far as the input allows and
 * reporting each fault with its segment and its position in the text as given, so
 * "character 57" is the 57th character of what the user pasted, "Bearer " and
 * leading whitespace included. Never throws for any string.
 */
export function decodeToken(input: string): DecodedToken {
  if (typeof input !== 'string') {
    throw new TypeError(
      `decodeToken expects the pasted text as a string, got ${typeof input}`,
    )
  }
  const { token, start: tokenStart, notices } = cleanToken(input)
  const texts = token.split('.')
  const kind: TokenKind =
    texts.length === 3 ? 'jws' : texts.length === 5 ? 'jwe' : 'unknown'
  const parts = locateParts(texts, kind)
  // With nothing stripped the input is the token itself, as when the server decodes it.
  const within = notices.length === 0 ? 'the token' : 'the pasted text'
  const placeOf = (part: TokenPart): SegmentPlace => ({
    index: part.index,
    part: part.name,
    offset: tokenStart + part.start,
    within,
  })
  const places = parts.map(placeOf)
  const scans = parts.map((part) => scanSegment(part.text, placeOf(part)))
  const problems: TokenProblem[] = [...countProblems(token, texts.length, kind)]
  for (const scan of scans) problems.push(...scan.problems)

  const header =
    kind === 'unknown' && parts.length < 2 ? NOT_DECODED : jsonPart(places, scans, 0)
  const payload = kind === 'jws' ? jsonPart(places, scans, 1) : NOT_DECODED
  problems.push(...header.problems, ...payload.problems)
  problems.push(
    ...algProblems(header.value, places, kind === 'jws' ? parts[2] : undefined),
  )

  return {
    input,
    token,
    tokenStart,
    notices,
    kind,
    kindLabel: describeKind(kind, texts.length),
    parts,
    header: header.value,
    headerText: header.text,
    payload: payload.value,
    payloadText: payload.text,
    signatureLength: kind === 'jws' ? signatureLength(scans[2]) : null,
    encryptedNote: kind === 'jwe' ? describeEncryption(parts) : null,
    problems,
    canonicalToken: canonicalForm(problems, scans),
  }
}

/** What the header's `alg` says about the rest: it must exist, and "none" means no signature. */
function algProblems(
  header: JsonObject | null,
  places: readonly SegmentPlace[],
  signature: TokenPart | undefined,
): TokenProblem[] {
  const headerPlace = places[0]
  if (header === null || headerPlace === undefined) return []
  if (typeof header['alg'] !== 'string') {
    return [
      problemAt(
        'alg-missing',
        'header',
        headerPlace.offset,
        `${segmentAt(headerPlace)}, has no "alg" string, so nobody can tell how the token is protected (RFC 7515 §4.1.1)`,
      ),
    ]
  }
  const signaturePlace = places[2]
  if (
    header['alg'] !== 'none' ||
    signature === undefined ||
    signaturePlace === undefined ||
    signature.text === ''
  ) {
    return []
  }
  return [
    problemAt(
      'unsecured-with-signature',
      'signature',
      signaturePlace.offset,
      `alg "none" requires an empty signature segment (RFC 7518 §3.6), but ${segmentAt(signaturePlace)}, has ${signature.text.length} characters`,
    ),
  ]
}

function locateParts(texts: readonly string[], kind: TokenKind): TokenPart[] {
  const names: readonly PartName[] =
    kind === 'jwe' ? JWE_PARTS : kind === 'jws' ? JWS_PARTS : ['header']
  let start = 0
  return texts.map((text, index) => {
    const part = {
      index,
      name: names[index] ?? 'segment',
      text,
      start,
      end: start + text.length,
    }
    start = part.end + 1
    return part
  })
}

function countProblems(token: string, count: number, kind: TokenKind): TokenProblem[] {
  if (token === '') {
    return [{ code: 'empty', part: 'token', message: 'there is no token: paste a JWT' }]
  }
  if (kind !== 'unknown') return []
  return [
    {
      code: 'part-count',
      part: 'token',
      message: `found ${count} segment${count === 1 ? '' : 's'} separated by "."; a signed JWT (JWS) has 3 and an encrypted one (JWE) has 5 (RFC 7515 §7.1, RFC 7516 §7.1)`,
    },
  ]
}

function jsonPart(
  places: readonly SegmentPlace[],
  scans: readonly SegmentScan[],
  index: number,
) {
  const place = places[index]
  const decodable = scans[index]?.decodable
  if (place === undefined || decodable == null) return NOT_DECODED
  return decodeJsonSegment(decodable, place)
}

function signatureLength(scan: SegmentScan | undefined): number | null {
  if (scan?.decodable == null) return null
  return decodeSegment(scan.decodable)?.length ?? null
}

function describeKind(kind: TokenKind, count: number): string {
  if (kind === 'jws') return 'JWS (compact, 3 segments)'
  if (kind === 'jwe') return 'JWE (compact, 5 segments)'
  return `not a compact JWS or JWE (${count} segment${count === 1 ? '' : 's'})`
}

function describeEncryption(parts: readonly TokenPart[]): string {
  const keyNote =
    parts[1]?.text === ''
      ? ' The encrypted key is empty, as it is with direct key agreement (ECDH-ES) or a shared key (dir).'
      : ''
  return `Encrypted token: only the protected header is readable. Segments 2 to 5 are the encrypted key, IV, ciphertext and tag (RFC 7516 §7.1); the claims need the recipient's key, and there is no signature to check.${keyNote}`
}

function canonicalForm(
  problems: readonly TokenProblem[],
  scans: readonly SegmentScan[],
): string | null {
  if (problems.length === 0) return null
  if (!problems.every((problem) => REPAIRABLE.has(problem.code))) return null
  return scans.map((scan) => scan.decodable).join('.')
}
