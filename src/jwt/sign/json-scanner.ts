import { lineAndColumn } from './json-advice'
import { Fault, JsonWalker, type MemberSpan } from './json-grammar'

export { lineAndColumn } from './json-advice'
export type { MemberSpan } from './json-grammar'

/**
 * A strict JSON scanner (RFC 8259) for text a learner edits by hand. JSON.parse
 * says "Unexpected token" with a position in some engines and none in others;
 * this finds the first fault itself, so every runtime reports the same line,
 * column and advice. It also records where the top-level members sit, so a
 * helper can change one value without reformatting the rest.
 */

/** The first fault in the text: 0-based `offset`, and `line`/`column` counted from 1. */
export interface JsonFault {
  readonly offset: number
  readonly line: number
  readonly column: number
  /** What is wrong at that place and how to fix it, without the position. */
  readonly message: string
}

/** What a scan found: a fault, or the layout of a well-formed text. */
export interface JsonScan {
  readonly fault: JsonFault | null
  /** Offset of the first character of the value, after leading whitespace. */
  readonly valueStart: number
  /** For a top-level object: its members in order, and where its braces are. */
  readonly members: readonly MemberSpan[]
  readonly open: number
  readonly close: number
  /** Member names JavaScript moves to the front of an object: "0", "1", "42". */
  readonly integerNames: readonly string[]
  /** Integers beyond 2^53 that a JavaScript number cannot hold exactly, as typed. */
  readonly unsafeIntegers: readonly string[]
}

/** Scans `text` as one JSON value. Never throws for any string. */
export function scanJson(text: string): JsonScan {
  const scanner = new JsonWalker(text)
  try {
    scanner.document()
  } catch (stop) {
    if (!(stop instanceof Fault)) throw stop
    const { line, column } = lineAndColumn(text, stop.offset)
    return { ...scanner.layout(), fault: { ...stop, line, column } }
  }
  return { ...scanner.layout(), fault: null }
}
