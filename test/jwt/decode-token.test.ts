import fc from 'fast-check'
import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { decodeToken } from '../../src/jwt/decode-token'

const CALLAHAN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'

/** A segment holding exactly these bytes. */
const segment = (bytes: readonly number[]) => base64url.encode(new Uint8Array(bytes))
const text = (value: string) => base64url.encode(value)

describe('decodeToken', () => {
  it('decodes the header and payload of a compact JWS', () => {
    const decoded = decodeToken(CALLAHAN)

    expect(decoded.kind).toBe('jws')
    expect(decoded.kindLabel).toBe('JWS (compact, 3 segments)')
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(decoded.headerText).toBe('{"alg":"HS256","typ":"JWT"}')
    expect(decoded.payload).toEqual({
      sub: '1234567890',
      name: 'Michael Callahan',
      iat: 1516239022,
    })
    expect(decoded.signatureLength).toBe(32)
    expect(decoded.problems).toEqual([])
    expect(decoded.notices).toEqual([])
  })

  it('locates each part in the cleaned token, for colouring', () => {
    const decoded = decodeToken(`  Bearer ${CALLAHAN}\n`)

    expect(decoded.parts.map(({ name, start, end }) => [name, start, end])).toEqual([
      ['header', 0, 36],
      ['payload', 37, 121],
      ['signature', 122, 165],
    ])
    for (const part of decoded.parts) {
      expect(decoded.token.slice(part.start, part.end)).toBe(part.text)
    }
  })

  it('reports a token that is neither 3 nor 5 segments, and still reads its header', () => {
    const decoded = decodeToken(`${HEADER}.${text('{}')}`)

    expect(decoded.kind).toBe('unknown')
    expect(decoded.kindLabel).toBe('not a compact JWS or JWE (2 segments)')
    expect(decoded.problems.map((problem) => problem.code)).toEqual(['part-count'])
    expect(decoded.problems[0]?.message).toContain('found 2 segments')
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' })
  })

  it('reports empty input instead of a part count', () => {
    expect(decodeToken('  \n').problems).toEqual([
      { code: 'empty', part: 'token', message: 'there is no token: paste a JWT' },
    ])
  })

  it('reports bytes that are not UTF-8, with the part', () => {
    const decoded = decodeToken(`${HEADER}.${segment([0x7b, 0xff, 0x7d])}.`)

    expect(decoded.problems).toMatchObject([
      { code: 'invalid-utf8', part: 'payload', offset: 37 },
    ])
    expect(decoded.payload).toBeNull()
    expect(decoded.header).toEqual({ alg: 'HS256', typ: 'JWT' })
  })

  it('reports text that is not JSON, with the parser detail', () => {
    const decoded = decodeToken(`${HEADER}.${text('{"sub":')}.`)

    expect(decoded.problems).toMatchObject([{ code: 'invalid-json', part: 'payload' }])
    expect(decoded.problems[0]?.message).toMatch(
      /^segment 2 \(payload\), from character 38 of the token, decodes to text that is not JSON \(.+\)/,
    )
    expect(decoded.payloadText).toBe('{"sub":')
  })

  it('reports a payload that is JSON but not an object', () => {
    const decoded = decodeToken(`${HEADER}.${text('["admin"]')}.`)

    expect(decoded.problems).toMatchObject([{ code: 'not-an-object', part: 'payload' }])
    expect(decoded.problems[0]?.message).toContain('decodes to JSON an array')
  })

  it('reports a header without alg', () => {
    const decoded = decodeToken(`${text('{"typ":"JWT"}')}.${text('{}')}.`)

    expect(decoded.problems.map((problem) => problem.code)).toEqual(['alg-missing'])
  })

  it('reports a length no base64url text can have', () => {
    const decoded = decodeToken(`${HEADER}.${text('{}')}AA.`)

    expect(decoded.problems).toMatchObject([
      { code: 'invalid-length', part: 'payload', offset: 37 },
    ])
  })

  it('names any other foreign character with its code point and position', () => {
    const decoded = decodeToken(`${HEADER}.${text('{}')}.ab*c`)

    expect(decoded.problems).toMatchObject([
      { code: 'invalid-character', part: 'signature', offset: 43, position: 44 },
    ])
    expect(decoded.problems[0]?.message).toBe(
      '"*" (U+002A) at character 44 of the token, in segment 3 (signature), is not a base64url character: only A-Z, a-z, 0-9, "-" and "_" may appear',
    )
  })

  it('counts positions in the text as pasted, "Bearer " and whitespace included', () => {
    const pasted = `\n  Bearer ${HEADER}.${text('{}')}.ab*c`
    const decoded = decodeToken(pasted)
    const star = pasted.indexOf('*')

    expect(decoded.tokenStart).toBe(10)
    expect(decoded.problems).toEqual([
      {
        code: 'invalid-character',
        part: 'signature',
        offset: star,
        position: star + 1,
        message: `"*" (U+002A) at character ${star + 1} of the pasted text, in segment 3 (signature), is not a base64url character: only A-Z, a-z, 0-9, "-" and "_" may appear`,
      },
    ])
    expect(pasted.charAt(star)).toBe('*')
  })

  it('locates a problem about a whole segment at the segment’s first character', () => {
    const pasted = `Bearer ${HEADER}.${text('[1]')}.`
    const decoded = decodeToken(pasted)
    const payloadStart = pasted.indexOf('.') + 1

    expect(decoded.problems).toMatchObject([
      { code: 'not-an-object', part: 'payload', offset: payloadStart },
    ])
    expect(decoded.problems[0]?.message).toBe(
      `segment 2 (payload), from character ${payloadStart + 1} of the pasted text, decodes to JSON an array, but the payload must be a JSON object (RFC 7515 §4, RFC 7519 §7.2)`,
    )
  })

  it('reports a segment whose last character sets unused bits, and gives the canonical token', () => {
    // "e30" is {} in base64url; "e31" decodes to the same two bytes.
    const decoded = decodeToken(`${HEADER}.e31.`)

    expect(decoded.payload).toEqual({})
    expect(decoded.problems).toEqual([
      {
        code: 'non-canonical',
        part: 'payload',
        offset: 39,
        position: 40,
        message:
          '"1" at character 40 of the token, in segment 2 (payload), sets bits that base64url leaves unused: the same bytes are written with "0" there, and base64url has one spelling only (RFC 4648 §3.5), so this is not the text the signer wrote; copy the token again',
      },
    ])
    expect(decoded.canonicalToken).toBe(`${HEADER}.e30.`)
  })

  it('never throws, whatever the text, and locates every part it reports', () => {
    const tokenish = fc
      .array(
        fc.oneof(fc.string(), fc.base64String(), fc.constantFrom('eyJ', '.', ' ', '%20')),
      )
      .map((pieces) => pieces.join(''))
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), tokenish), (input) => {
        const decoded = decodeToken(input)
        for (const part of decoded.parts) {
          expect(decoded.token.slice(part.start, part.end)).toBe(part.text)
        }
        expect(input.slice(decoded.tokenStart).startsWith(decoded.token)).toBe(true)
        for (const problem of decoded.problems) {
          if (problem.offset === undefined) continue
          expect(problem.position).toBe(problem.offset + 1)
          expect(problem.offset).toBeLessThanOrEqual(input.length)
          expect(problem.message).toContain(`character ${problem.position} of the`)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('decodeToken with text no tokenizer expects', () => {
  it('reports an emoji whole, with its code point, not half a surrogate pair', () => {
    const decoded = decodeToken('😀🔥.🎉.🙈')
    const first = decoded.problems.find((problem) => problem.code === 'invalid-character')
    expect(first?.message).toContain('"😀" (U+1F600)')
    expect(first?.message).not.toContain('\\ud83d')
  })

  it('names control characters in a JSON error instead of printing them', () => {
    const nul = base64url.encode(new Uint8Array(8))
    const decoded = decodeToken(`${nul}.${nul}.sig`)
    const json = decoded.problems.find((problem) => problem.code === 'invalid-json')
    expect(json?.message).toContain('<U+0000>')
    expect(json?.message).not.toContain('\u0000')
  })
})
