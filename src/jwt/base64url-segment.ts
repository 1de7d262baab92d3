import { base64url } from 'jose'
import { segmentLabel, type PartName, type TokenProblem } from './token-problem'

/** What a strict look at one segment's characters found. */
export interface SegmentScan {
  readonly problems: readonly TokenProblem[]
  /**
   * The segment as base64url that can be decoded: itself when clean, rewritten when
   * its only faults are the standard base64 alphabet or padding, null otherwise.
   */
  readonly decodable: string | null
}

const BASE64URL_CHARACTER = /^[A-Za-z0-9_-]$/
const WHITESPACE = /^\s$/
/** Faults after which the decoder cannot know which bytes were meant. */
const UNDECODABLE = new Set(['whitespace-inside', 'percent-encoded', 'invalid-character'])

/**
 * Checks one segment against the base64url alphabet of RFC 7515 §2 (no `+`, `/`,
 * `=`, whitespace or `%`) before any decoder sees it, because decoders forgive
 * some of these silently and a learner should see each one with its position.
 */
export function scanSegment(
  text: string,
  index: number,
  part: PartName,
  start: number,
): SegmentScan {
  const problems: TokenProblem[] = []
  const seen = new Set<string>()
  const report = (problem: TokenProblem) => {
    if (seen.has(problem.code)) return
    seen.add(problem.code)
    problems.push(problem)
  }
  const label = segmentLabel(index, part)
  const segment = `segment ${index + 1}`

  for (let i = 0; i < text.length; i++) {
    const character = text.charAt(i)
    if (BASE64URL_CHARACTER.test(character)) continue
    const offset = start + i
    const where = `at character ${i + 1} of ${label}`
    if (WHITESPACE.test(character)) {
      report({
        code: 'whitespace-inside',
        part,
        offset,
        message: `whitespace inside ${label} at character ${i + 1}: a compact token has no spaces or line breaks (RFC 7515 §7.1); copy the token again in one piece`,
      })
    } else if (character === '%') {
      const hint = text.startsWith('%20', i) ? ' (URL-encoded space?)' : ' (URL-encoded?)'
      report({
        code: 'percent-encoded',
        part,
        offset,
        message: `"%" is not a base64url character${hint} ${where}: the token was URL-encoded on its way here; copy it from where it is used unencoded`,
      })
    } else if (character === '+' || character === '/') {
      report({
        code: 'standard-base64',
        part,
        offset,
        message: `${segment} contains "+" or "/" (standard base64 alphabet), first "${character}" at character ${i + 1} of the ${part}: JWTs use base64url, which writes "-" and "_" instead (RFC 7515 §2)`,
      })
    } else if (character === '=' && /^=+$/.test(text.slice(i))) {
      report({
        code: 'base64-padding',
        part,
        offset,
        message: `${segment} ends with "=" padding, from character ${i + 1} of the ${part}: base64url in a JWT has no padding (RFC 7515 §2); drop the "=" characters`,
      })
    } else {
      const codePoint = character
        .charCodeAt(0)
        .toString(16)
        .toUpperCase()
        .padStart(4, '0')
      report({
        code: 'invalid-character',
        part,
        offset,
        message: `${JSON.stringify(character)} (U+${codePoint}) ${where} is not a base64url character: only A-Z, a-z, 0-9, "-" and "_" may appear`,
      })
    }
  }

  if (problems.some((problem) => UNDECODABLE.has(problem.code))) {
    return { problems, decodable: null }
  }
  const decodable = text.replace(/=+$/, '').replaceAll('+', '-').replaceAll('/', '_')
  if (decodable.length % 4 === 1) {
    problems.push({
      code: 'invalid-length',
      part,
      offset: start,
      message: `${label} is ${decodable.length} character${decodable.length === 1 ? '' : 's'} long, a length no base64url text can have: a character is missing or extra; copy the token again`,
    })
    return { problems, decodable: null }
  }
  return { problems, decodable }
}

/** Bytes of a segment that passed scanSegment, or null if the decoder still refuses it. */
export function decodeSegment(decodable: string): Uint8Array | null {
  try {
    return base64url.decode(decodable)
  } catch {
    return null
  }
}
