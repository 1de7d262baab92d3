import { isJsonObject, type JsonObject } from '../json-segment'
import { lineAndColumn, scanJson, type JsonScan } from './json-scanner'

/** Which box of the sign panel a JSON text came from. */
export type EditedPart = 'header' | 'payload'

/** Why a box's text cannot be signed, located for the editor. */
export interface EditedJsonError {
  readonly code: 'json-syntax' | 'not-an-object'
  readonly part: EditedPart
  /** 0-based index into the box's text. */
  readonly offset: number
  /** Counted from 1, as editors show them. */
  readonly line: number
  readonly column: number
  /** One sentence naming the box, the place, what is wrong and what to do. */
  readonly message: string
}

/** A box's text read as a JSON object, or the first reason it cannot be. */
export type EditedJson =
  | {
      readonly ok: true
      readonly value: JsonObject
      readonly scan: JsonScan
      /** Legal but surprising: what will not come out as written. */
      readonly warnings: readonly string[]
    }
  | { readonly ok: false; readonly error: EditedJsonError }

const LABEL: Readonly<Record<EditedPart, string>> = {
  header: 'header JSON',
  payload: 'payload JSON',
}
const RULE: Readonly<Record<EditedPart, string>> = {
  header: 'a JOSE header must be a JSON object (RFC 7515 §4)',
  payload: 'a JWT claims set must be a JSON object (RFC 7519 §7.2)',
}

/**
 * Reads the text a learner typed into the header or payload box. A syntax fault
 * comes back with its line and column and advice in words, the same in every
 * browser; valid JSON that is not an object is refused with the rule it breaks.
 */
export function readJsonObject(text: string, part: EditedPart): EditedJson {
  if (typeof text !== 'string') {
    throw new TypeError(
      `readJsonObject expects the ${part} text as a string, got ${typeof text}`,
    )
  }
  const scan = scanJson(text)
  if (scan.fault !== null) {
    const { offset, line, column, message } = scan.fault
    return {
      ok: false,
      error: {
        code: 'json-syntax',
        part,
        offset,
        line,
        column,
        message: `${LABEL[part]}, line ${line}, column ${column}: ${message}`,
      },
    }
  }
  const value: unknown = JSON.parse(text)
  if (!isJsonObject(value)) {
    const { line, column } = lineAndColumn(text, scan.valueStart)
    return {
      ok: false,
      error: {
        code: 'not-an-object',
        part,
        offset: scan.valueStart,
        line,
        column,
        message: `${LABEL[part]}, line ${line}, column ${column}: this is ${describeJson(value)}, but ${RULE[part]}; wrap it in { }`,
      },
    }
  }
  const warnings = [
    ...orderWarnings(part, scan.integerNames),
    ...precisionWarnings(part, scan.unsafeIntegers),
  ]
  return { ok: true, value, scan, warnings }
}

/**
 * JavaScript objects list integer-like names first, so a member named "2" moves
 * to the front when the object is serialized again; the learner should know
 * before the signed bytes differ from the order they typed.
 */
function orderWarnings(part: EditedPart, names: readonly string[]): string[] {
  if (names.length === 0) return []
  const listed = names.map((name) => `"${name}"`).join(', ')
  return [
    `${LABEL[part]}: member name${names.length === 1 ? '' : 's'} ${listed} will be moved to the front of ${names.length === 1 ? 'its' : 'their'} object when signed, because JavaScript orders integer-like names first; use a name with a letter to keep your order`,
  ]
}

/**
 * The signer serializes the parsed value again, so an integer beyond 2^53 comes
 * out rounded: an id like 12345678901234567890 would be signed as
 * 12345678901234567000 without a word.
 */
function precisionWarnings(part: EditedPart, integers: readonly string[]): string[] {
  return integers.map(
    (integer) =>
      `${LABEL[part]}: ${integer} is too large for a JavaScript number and will be signed as ${String(Number(integer))}; write it as a string to keep every digit`,
  )
}

function describeJson(value: unknown): string {
  if (value === null) return 'JSON null'
  if (Array.isArray(value)) return 'a JSON array'
  return `a JSON ${typeof value}`
}
