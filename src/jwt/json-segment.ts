import { decodeSegment } from './base64url-segment'
import {
  problemAt,
  segmentAt,
  type SegmentPlace,
  type TokenProblem,
} from './token-problem'

/** A JSON object as decoded from a token; its values are any JSON value. */
export type JsonObject = { readonly [name: string]: unknown }

/** What a header or payload segment decoded to, as far as decoding got. */
export interface JsonSegment {
  /** The decoded UTF-8 text exactly as sent, or null when the bytes were not UTF-8. */
  readonly text: string | null
  /** The parsed object, or null when the text is not a JSON object. */
  readonly value: JsonObject | null
  readonly problems: readonly TokenProblem[]
}

// fatal: a lenient decoder would replace bad bytes with U+FFFD and hide the fault.
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Decodes a segment the way RFC 7515 §2 and RFC 7519 §7.2 describe: base64url to
 * bytes, bytes to UTF-8 text, text to a JSON object. Never `atob` alone, which
 * would read UTF-8 bytes as Latin-1 and show "ZoÃ«" for "Zoë".
 */
export function decodeJsonSegment(decodable: string, place: SegmentPlace): JsonSegment {
  const { part } = place
  const where = segmentAt(place)
  const bytes = decodeSegment(decodable)
  if (bytes === null) {
    return failed(
      null,
      problemAt(
        'invalid-character',
        part,
        place.offset,
        `${where}, could not be decoded as base64url; copy the token again`,
      ),
    )
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return failed(
      null,
      problemAt(
        'invalid-utf8',
        part,
        place.offset,
        `${where}, decodes to bytes that are not UTF-8 text: a JOSE header and a claims set are UTF-8 JSON (RFC 7515 §2, RFC 7519 §7.2)`,
      ),
    )
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const detail = showInvisible(error instanceof Error ? error.message : String(error))
    return failed(
      text,
      problemAt(
        'invalid-json',
        part,
        place.offset,
        `${where}, decodes to text that is not JSON (${detail}); the ${part} must be a JSON object`,
      ),
    )
  }
  if (!isJsonObject(parsed)) {
    return failed(
      text,
      problemAt(
        'not-an-object',
        part,
        place.offset,
        `${where}, decodes to JSON ${describeJsonType(parsed)}, but the ${part} must be a JSON object (RFC 7515 §4, RFC 7519 §7.2)`,
      ),
    )
  }
  return { text, value: parsed, problems: [] }
}

/** True for a plain JSON object, not an array or null. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function failed(text: string | null, problem: TokenProblem): JsonSegment {
  return { text, value: null, problems: [problem] }
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return `a ${typeof value}`
}

/**
 * The parser quotes the text it choked on; control characters in that quote would
 * print as nothing or as boxes, so each is named by its code point instead.
 */
function showInvisible(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are the point
  return text.replace(/[\u0000-\u001f\u007f]/g, (character) => {
    const hex = character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
    return `<U+${hex}>`
  })
}
