import { base64url } from 'jose'
import {
  characterAt,
  problemAt,
  segmentAt,
  segmentLabel,
  type SegmentPlace,
  type TokenProblem,
} from './token-problem'

/** What a strict look at one segment's characters found. */
export interface SegmentScan {
  readonly problems: readonly TokenProblem[]
  /**
   * The segment as canonical base64url that can be decoded: itself when clean,
   * rewritten when its only faults are the standard base64 alphabet, padding or
   * unused bits set in its last character, null otherwise.
   */
  readonly decodable: string | null
}

const BASE64URL_CHARACTER = /^[A-Za-z0-9_-]$/
const WHITESPACE = /^\s$/
/** Faults after which the decoder cannot know which bytes were meant. */
const UNDECODABLE = new Set(['whitespace-inside', 'percent-encoded', 'invalid-character'])

/**
 * Checks one segment against base64url as RFC 7515 §2 defines it (no `+`, `/`,
 * `=`, whitespace or `%`, and one spelling per byte string) before any decoder
 * sees it, because decoders forgive some of these silently and a learner should
 * see each one with its position. The server's split step and the token box
 * both rely on it, so neither accepts a segment the other would refuse.
 */
export function scanSegment(text: string, place: SegmentPlace): SegmentScan {
  const problems: TokenProblem[] = []
  const seen = new Set<string>()
  const report = (problem: TokenProblem) => {
    if (seen.has(problem.code)) return
    seen.add(problem.code)
    problems.push(problem)
  }
  const { part } = place
  const label = segmentLabel(place.index, part)

  // Walk by code point, so a character outside the BMP (an emoji) is reported
  // whole rather than as half of a surrogate pair.
  for (let i = 0; i < text.length; i += characterLength(text, i)) {
    const character = String.fromCodePoint(text.codePointAt(i) ?? 0)
    if (BASE64URL_CHARACTER.test(character)) continue
    const offset = place.offset + i
    const where = characterAt(offset, place)
    if (WHITESPACE.test(character)) {
      report(
        problemAt(
          'whitespace-inside',
          part,
          offset,
          `whitespace at ${where}: a compact token has no spaces or line breaks (RFC 7515 §7.1); copy the token again in one piece`,
        ),
      )
    } else if (character === '%') {
      const hint = text.startsWith('%20', i) ? ' (URL-encoded space?)' : ' (URL-encoded?)'
      report(
        problemAt(
          'percent-encoded',
          part,
          offset,
          `"%" at ${where}, is not a base64url character${hint}: the token was URL-encoded on its way here; copy it from where it is used unencoded`,
        ),
      )
    } else if (character === '+' || character === '/') {
      report(
        problemAt(
          'standard-base64',
          part,
          offset,
          `${label} contains "+" or "/" (standard base64 alphabet), first "${character}" at ${where}: JWTs use base64url, which writes "-" and "_" instead (RFC 7515 §2)`,
        ),
      )
    } else if (character === '=' && /^=+$/.test(text.slice(i))) {
      report(
        problemAt(
          'base64-padding',
          part,
          offset,
          `${label} ends with "=" padding, from ${where}: base64url in a JWT has no padding (RFC 7515 §2); drop the "=" characters`,
        ),
      )
    } else {
      const codePoint = (character.codePointAt(0) ?? 0)
        .toString(16)
        .toUpperCase()
        .padStart(4, '0')
      report(
        problemAt(
          'invalid-character',
          part,
          offset,
          `${JSON.stringify(character)} (U+${codePoint}) at ${where}, is not a base64url character: only A-Z, a-z, 0-9, "-" and "_" may appear`,
        ),
      )
    }
  }

  if (problems.some((problem) => UNDECODABLE.has(problem.code))) {
    return { problems, decodable: null }
  }
  const rewritten = text.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_')
  if (rewritten.length % 4 === 1) {
    problems.push(
      problemAt(
        'invalid-length',
        part,
        place.offset,
        `${segmentAt(place)}, is ${rewritten.length} character${rewritten.length === 1 ? '' : 's'} long, a length no base64url text can have: a character is missing or extra; copy the token again`,
      ),
    )
    return { problems, decodable: null }
  }
  const canonical = canonicalSpelling(rewritten)
  if (canonical !== null && canonical !== rewritten) {
    // The padding and alphabet rewrites keep every other character in place, so
    // the last significant character sits at the same index in the text as given.
    const offset = place.offset + rewritten.length - 1
    problems.push(
      problemAt(
        'non-canonical',
        part,
        offset,
        `"${rewritten.charAt(rewritten.length - 1)}" at ${characterAt(offset, place)}, sets bits that base64url leaves unused: the same bytes are written with "${canonical.charAt(canonical.length - 1)}" there, and base64url has one spelling only (RFC 4648 §3.5), so this is not the text the signer wrote; copy the token again`,
      ),
    )
    return { problems, decodable: canonical }
  }
  return { problems, decodable: rewritten }
}

/** How many UTF-16 units the code point starting at `index` takes (2 for an emoji). */
function characterLength(text: string, index: number): number {
  return (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1
}

/** Bytes of a segment that passed scanSegment, or null if the decoder refuses it. */
export function decodeSegment(decodable: string): Uint8Array | null {
  try {
    return base64url.decode(decodable)
  } catch {
    return null
  }
}

/**
 * The only base64url text of the bytes this text decodes to. Decoders ignore the
 * unused low bits of the last character, so several texts decode alike; only the
 * one with those bits zero is base64url proper.
 */
function canonicalSpelling(text: string): string | null {
  const bytes = decodeSegment(text)
  return bytes === null ? null : base64url.encode(bytes)
}
