import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readJsonObject } from '../../../src/jwt/sign/edited-json'
import { scanJson } from '../../../src/jwt/sign/json-scanner'

/** The message readJsonObject gives for a payload text, or "ok". */
function payloadMessage(text: string): string {
  const read = readJsonObject(text, 'payload')
  return read.ok ? 'ok' : read.error.message
}

describe('readJsonObject', () => {
  it.each([
    ['{"sub":"x"}', 'ok'],
    [' \n { } \n', 'ok'],
    [
      '',
      'payload JSON, line 1, column 1: the text is empty: write a JSON object, such as {}',
    ],
    [
      '{"a":1,}',
      'payload JSON, line 1, column 7: trailing comma before "}": JSON allows none; remove it',
    ],
    [
      '{"a":[1,2,]}',
      'payload JSON, line 1, column 10: trailing comma before "]": JSON allows none; remove it',
    ],
    [
      '{"a":1\n "b":2}',
      'payload JSON, line 2, column 2: a comma is missing between two members: add "," here',
    ],
    [
      '{sub:"x"}',
      'payload JSON, line 1, column 2: member names must be in double quotes, e.g. "sub": "student-1"',
    ],
    [
      "{'sub':'x'}",
      'payload JSON, line 1, column 2: single quotes are not JSON: put member names in double quotes',
    ],
    [
      '{"sub":\'x\'}',
      'payload JSON, line 1, column 8: single quotes are not JSON: use double quotes',
    ],
    [
      '{"a":1 // note\n}',
      'payload JSON, line 1, column 8: expected "," or "}" after the value of "a", found "/"',
    ],
    [
      '{"a": /* note */ 1}',
      'payload JSON, line 1, column 7: comments are not allowed in JSON: remove them',
    ],
    [
      '{"sub":"x',
      'payload JSON, line 1, column 8: this string is never closed: add the closing double quote',
    ],
    [
      '{"sub":"two\nlines"}',
      'payload JSON, line 1, column 12: a line break or control character inside a string must be escaped, e.g. as \\n',
    ],
    [
      '{"sub":"\\x41"}',
      'payload JSON, line 1, column 9: invalid escape "\\x": JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by 4 hex digits',
    ],
    [
      '{"exp":0123}',
      'payload JSON, line 1, column 8: malformed number: JSON numbers have no leading zeros, need digits after "." and after an exponent, and are not hexadecimal',
    ],
    ['{"exp":-}', 'payload JSON, line 1, column 8: a number must have digits after "-"'],
    [
      '{"admin":True}',
      'payload JSON, line 1, column 10: true, false and null are written in lower case in JSON',
    ],
    [
      '{"exp":NaN}',
      'payload JSON, line 1, column 8: NaN, Infinity and a leading "+" are not JSON numbers',
    ],
    [
      '{\n  "sub": "a",\n  "sub": "b"\n}',
      'payload JSON, line 3, column 3: member "sub" appears twice (first at line 2, column 3): names must be unique (RFC 7515 §4, RFC 7519 §4), and JSON.parse would silently keep only the last; remove one',
    ],
    [
      '{"a":1} {"b":2}',
      'payload JSON, line 1, column 9: unexpected "{" after the end of the JSON value: remove it, or wrap everything in one object',
    ],
    [
      '{"a":{"b":1}',
      'payload JSON, line 1, column 13: expected "," or "}" after the value of "a", found the end of the text',
    ],
    [
      '[1, 2]',
      'payload JSON, line 1, column 1: this is a JSON array, but a JWT claims set must be a JSON object (RFC 7519 §7.2); wrap it in { }',
    ],
    [
      '  null',
      'payload JSON, line 1, column 3: this is JSON null, but a JWT claims set must be a JSON object (RFC 7519 §7.2); wrap it in { }',
    ],
  ])('reads %j as: %s', (text, message) => {
    expect(payloadMessage(text)).toBe(message)
  })

  it('warns that an integer beyond 2^53 will not be signed as typed', () => {
    const read = readJsonObject(
      '{"id": 12345678901234567890, "n": 9007199254740991}',
      'payload',
    )

    expect(read.ok && read.warnings).toEqual([
      'payload JSON: 12345678901234567890 is too large for a JavaScript number and will be signed as 12345678901234567000; write it as a string to keep every digit',
    ])
  })

  it('refuses nesting deeper than 256 levels instead of overflowing the stack', () => {
    const deep = `{"a":${'['.repeat(300)}${']'.repeat(300)}}`

    expect(payloadMessage(deep)).toBe(
      'payload JSON, line 1, column 261: nested more than 256 levels deep: flatten it',
    )
  })

  it('counts lines across CRLF line breaks as editors do', () => {
    expect(payloadMessage('{\r\n  "a": 1,\r\n}')).toBe(
      'payload JSON, line 2, column 9: trailing comma before "}": JSON allows none; remove it',
    )
  })

  it('agrees with JSON.parse on which texts are JSON, duplicates aside', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '"', '}', ']', ':', '0', 'x', ' '),
      )
      .map(([json, at, insert]) => {
        const index = at % (json.length + 1)
        return json.slice(0, index) + insert + json.slice(index + 1)
      })
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const fault = scanJson(text).fault
        let parses = true
        try {
          JSON.parse(text)
        } catch {
          parses = false
        }
        if (fault?.message.includes('appears twice')) return
        expect(fault === null).toBe(parses)
      }),
      { numRuns: 2000 },
    )
  })
})
