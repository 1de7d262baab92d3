import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { HeaderField } from '../../src/http/message'
import {
  decodeHeaderList,
  decodeResponseHead,
  encodeHeaderList,
  encodeResponseHead,
} from '../../src/transport/wire-encoding'

// Reported case cookie-parse-multiple-set-cookie-and-commas (msw#2074).
const MSW_2074_FIELDS: HeaderField[] = [
  { name: 'Set-Cookie', value: 'a=1,2,3; Path=/' },
  { name: 'Set-Cookie', value: 'b=no; Expires=Wed, 21 Oct 2037 07:28:00 GMT; Path=/' },
]

const field = fc.record({
  name: fc.string({ unit: 'binary' }),
  value: fc.string({ unit: 'binary' }),
})

describe('encodeHeaderList', () => {
  test('keeps two Set-Cookie fields with commas in values and dates as two intact fields', () => {
    expect(decodeHeaderList(encodeHeaderList(MSW_2074_FIELDS))).toEqual(MSW_2074_FIELDS)
  })

  test('keeps semicolons, quotes, equals signs, empty values, name case and order', () => {
    const headers: HeaderField[] = [
      { name: 'Host', value: 'example.com' },
      { name: 'Cookie', value: 'session_id=3f9a; theme="dark,blue"; b64=YQ==' },
      { name: 'X-Empty', value: '' },
      { name: 'cookie', value: 'second=field' },
    ]
    expect(decodeHeaderList(encodeHeaderList(headers))).toEqual(headers)
  })

  test('keeps non-ASCII text, which a header value cannot hold directly', () => {
    const headers: HeaderField[] = [
      { name: 'X-User', value: 'zoë 李 🔑' },
      { name: 'X-Lone-Surrogate', value: '\ud800' },
    ]
    const encoded = encodeHeaderList(headers)
    expect(() => new Headers({ 'x-wire': encoded })).not.toThrow()
    expect(decodeHeaderList(encoded)).toEqual(headers)
  })

  test('produces only base64url characters, so the value is a valid ByteString', () => {
    fc.assert(
      fc.property(fc.array(field), (headers) => {
        expect(encodeHeaderList(headers)).toMatch(/^[A-Za-z0-9_-]*$/)
      }),
    )
  })

  test('round-trips any header list', () => {
    fc.assert(
      fc.property(fc.array(field), (headers) => {
        expect(decodeHeaderList(encodeHeaderList(headers))).toEqual(headers)
      }),
    )
  })

  test('encodes an empty list and decodes it back to an empty list', () => {
    expect(decodeHeaderList(encodeHeaderList([]))).toEqual([])
  })
})

describe('decodeHeaderList', () => {
  test.each([
    ['text that is not base64url', 'not base64!'],
    ['bytes that are not UTF-8', '_w'],
    ['text that is not JSON', 'bm90IGpzb24'],
    [
      'JSON that is not a list',
      encodeResponseHead({ status: 200, statusText: '', headers: [] }),
    ],
    ['a list of non-pairs', 'W1sxLDJdXQ'],
  ])('rejects %s with code transport.malformed-wire', (_, encoded) => {
    expect(() => decodeHeaderList(encoded)).toThrow(
      expect.objectContaining({ code: 'transport.malformed-wire' }),
    )
  })
})

describe('encodeResponseHead', () => {
  test('keeps the status line, a Location and several Set-Cookie fields', () => {
    const head = {
      status: 302,
      statusText: 'Found',
      headers: [{ name: 'Location', value: '/profile' }, ...MSW_2074_FIELDS],
    }
    expect(decodeResponseHead(encodeResponseHead(head))).toEqual(head)
  })

  test('rejects a head whose status is not an integer', () => {
    const notAHead = encodeHeaderList([{ name: 'status', value: '200' }])
    expect(() => decodeResponseHead(notAHead)).toThrow(
      expect.objectContaining({ code: 'transport.malformed-wire' }),
    )
  })
})
