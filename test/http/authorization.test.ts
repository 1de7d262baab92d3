import { describe, expect, it } from 'vitest'
import { readBearer } from '../../src/http/authorization'

describe('readBearer', () => {
  it('reads the scheme in any case and the token after it', () => {
    expect(readBearer('bEaReR abc.def.ghi')).toEqual({
      kind: 'bearer',
      scheme: 'bEaReR',
      token: 'abc.def.ghi',
      tokenStart: 7,
      fault: null,
      faultIndex: null,
    })
  })

  it('accepts the whole token68 alphabet with trailing "="', () => {
    expect(readBearer('Bearer aZ09-._~+/==')).toMatchObject({ fault: null })
  })

  it.each([
    ['Bearer', 'no-token', 6],
    ['Bearer\nabc', 'separator', 6],
    ['Bearer abc def', 'space-in-token', 10],
    ['Bearer abc%20def', 'not-token68', 10],
    ['Bearer a=b', 'not-token68', 8],
  ])('finds the first fault in %j: %s at index %d', (value, fault, faultIndex) => {
    expect(readBearer(value)).toMatchObject({ kind: 'bearer', fault, faultIndex })
  })

  it('keeps everything after the separator as the token, for lenient callers', () => {
    expect(readBearer('bearer\neyJ.e30. abc')).toMatchObject({
      token: 'eyJ.e30. abc',
      tokenStart: 7,
    })
  })

  it('calls any other first word another scheme, a bare token included', () => {
    expect(readBearer('Basic YWxpY2U6eA==')).toEqual({
      kind: 'other-scheme',
      scheme: 'Basic',
    })
    expect(readBearer('eyJ.e30.sig')).toEqual({
      kind: 'other-scheme',
      scheme: 'eyJ.e30.sig',
    })
    expect(readBearer('Bearer:abc')).toEqual({
      kind: 'other-scheme',
      scheme: 'Bearer:abc',
    })
    expect(readBearer('')).toEqual({ kind: 'empty' })
  })
})
