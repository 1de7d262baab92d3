import { describe, expect, it } from 'vitest'
import { numericDate, setExpiresIn, setIssuedAt } from '../../../src/jwt/sign/time-claims'

// The reported cases' fixed clock; half a second past, to show NumericDate rounds down.
const NOW = Date.parse('2026-01-15T12:00:00.500Z')
const NOW_SECONDS = 1768478400

describe('time claims', () => {
  it('dates the virtual clock in whole seconds, rounded down', () => {
    expect(numericDate(NOW)).toBe(NOW_SECONDS)
  })

  it('sets iat in place, keeping the layout and member order as typed', () => {
    const text = '{\n  "iat": 1,\n  "sub": "student-7"\n}'

    expect(setIssuedAt(text, NOW)).toEqual({
      ok: true,
      value: NOW_SECONDS,
      text: '{\n  "iat": 1768478400,\n  "sub": "student-7"\n}',
    })
  })

  it('appends exp after the last member, spaced like the first one', () => {
    const pretty = '{\n  "sub": "student-7",\n  "iat": 1768478400\n}'
    const compact = '{"sub":"student-7"}'

    expect(setExpiresIn(pretty, 900, NOW)).toEqual({
      ok: true,
      value: 1768479300,
      text: '{\n  "sub": "student-7",\n  "iat": 1768478400,\n  "exp": 1768479300\n}',
    })
    expect(setExpiresIn(compact, 900, NOW)).toMatchObject({
      text: '{"sub":"student-7","exp":1768479300}',
    })
  })

  it('fills an empty object', () => {
    expect(setIssuedAt('{ }', NOW)).toMatchObject({ text: '{"iat": 1768478400}' })
  })

  it('only touches the top-level claim, not a member of the same name inside another', () => {
    const text = '{"ctx":{"exp":5},"exp":6}'

    expect(setExpiresIn(text, 60, NOW)).toMatchObject({
      text: '{"ctx":{"exp":5},"exp":1768478460}',
    })
  })

  it('makes an already expired token with negative seconds', () => {
    expect(setExpiresIn('{}', -60, NOW)).toMatchObject({ value: NOW_SECONDS - 60 })
  })

  it('returns the JSON fault instead of editing text it cannot read', () => {
    expect(setIssuedAt('{"sub": }', NOW)).toEqual({
      ok: false,
      error: {
        code: 'json-syntax',
        part: 'payload',
        offset: 8,
        line: 1,
        column: 9,
        message:
          'payload JSON, line 1, column 9: expected a value (an object, array, string, number, true, false or null), found "}"',
      },
    })
  })

  it('treats seconds that are not a whole number, or a clock that is not a time, as misuse', () => {
    expect(() => setExpiresIn('{}', 1.5, NOW)).toThrow(TypeError)
    expect(() => setIssuedAt('{}', Number.NaN)).toThrow(TypeError)
  })
})
