import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { BouncerError } from '../../src/errors/bouncer-error'
import { tamperClaim } from '../../src/jwt/tamper-claim'

const HEADER = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'
const SIGNATURE = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const jws = (payload: string) => `${HEADER}.${payload}.${SIGNATURE}`

function thrown(run: () => unknown): BouncerError {
  try {
    run()
  } catch (error) {
    if (error instanceof BouncerError) return error
    throw error
  }
  throw new Error('expected a BouncerError, but nothing was thrown')
}

describe('tamperClaim', () => {
  it('rewrites one claim and keeps the header and signature as they were', () => {
    const token = jws(base64url.encode('{"sub":"123","role":"admin","exp":1768479300}'))

    const tampered = tamperClaim(token, 'role', 'superuser')

    const [header, payload, signature] = tampered.split('.')
    expect([header, signature]).toEqual([HEADER, SIGNATURE])
    expect(new TextDecoder().decode(base64url.decode(payload ?? ''))).toBe(
      '{"sub":"123","role":"superuser","exp":1768479300}',
    )
  })

  it('keeps a typed number a number, so exp stays a NumericDate', () => {
    const token = jws(base64url.encode('{"exp":1}'))
    const payload = tamperClaim(token, 'exp', '1768479300').split('.')[1] ?? ''

    expect(JSON.parse(new TextDecoder().decode(base64url.decode(payload)))).toEqual({
      exp: 1768479300,
    })
  })

  it('refuses a payload that is not UTF-8 instead of building on replacement characters', () => {
    // {"name":"<0xff>"}: a lenient decoder reads U+FFFD and re-encodes it as 3 new bytes.
    const bytes = new Uint8Array(
      [...'{"name":"'].map((c) => c.charCodeAt(0)).concat(0xff, 0x22, 0x7d),
    )
    const error = thrown(() => tamperClaim(jws(base64url.encode(bytes)), 'role', 'x'))

    expect(error.code).toBe('tamper.payload-unreadable')
    expect(error.message).toBe(
      'Cannot tamper: the stored token’s payload cannot be read as a JSON object (segment 2 (payload), from character 38 of the token, decodes to bytes that are not UTF-8 text: a JOSE header and a claims set are UTF-8 JSON (RFC 7515 §2, RFC 7519 §7.2)).',
    )
  })

  it('refuses a payload that is JSON but not an object', () => {
    expect(
      thrown(() => tamperClaim(jws(base64url.encode('[1]')), 'role', 'x')).code,
    ).toBe('tamper.payload-not-object')
  })

  it('refuses a token that is not three segments', () => {
    const error = thrown(() => tamperClaim('abc.def', 'role', 'x'))

    expect(error.code).toBe('tamper.not-a-jws')
    expect(error.message).toBe(
      'Cannot tamper: the stored token has 2 parts, and a signed JWT has 3.',
    )
  })
})
