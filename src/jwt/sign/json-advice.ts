/**
 * What to tell a learner about a fault in hand-typed JSON, and where it is: the
 * mistakes people make when they write JSON from memory (single quotes,
 * comments, unquoted names, True), each named, rather than "unexpected token".
 */

/** Where `offset` is as an editor counts it: line and column from 1. */
export function lineAndColumn(text: string, offset: number) {
  const before = text.slice(0, offset)
  const lineStart = before.lastIndexOf('\n') + 1
  return { line: before.split('\n').length, column: offset - lineStart + 1 }
}

/** Advice for a place where a value should start; `rest` is the text from there. */
export function valueAdvice(rest: string, found: string): string {
  if (rest === '')
    return 'the text ends where a value should be: finish it or close the brackets'
  if (rest.startsWith("'")) return 'single quotes are not JSON: use double quotes'
  if (rest.startsWith('/')) return 'comments are not allowed in JSON: remove them'
  if (/^(?:true|false|null)\b/i.test(rest)) {
    return 'true, false and null are written in lower case in JSON'
  }
  if (/^(?:NaN|[+-]?Infinity|\+)/.test(rest)) {
    return 'NaN, Infinity and a leading "+" are not JSON numbers'
  }
  return `expected a value (an object, array, string, number, true, false or null), found ${found}`
}

/** Advice for a place where a member name in double quotes should start. */
export function nameAdvice(character: string, found: string): string {
  if (character === '') return 'the text ends inside an object: add the closing "}"'
  if (character === "'")
    return 'single quotes are not JSON: put member names in double quotes'
  if (/[A-Za-z_$]/.test(character)) {
    return 'member names must be in double quotes, e.g. "sub": "student-1"'
  }
  return `expected a member name in double quotes, found ${found}`
}
