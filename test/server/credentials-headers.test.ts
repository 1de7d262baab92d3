import { describe, expect, it } from 'vitest'
import { bearerChallenge, readBearerToken } from '../../src/server/bearer-auth'
import { readSessionId } from '../../src/server/session-cookie'
import { requests } from './requests'

const cookies = (...values: string[]) =>
  requests.profile(values.map((value) => ({ name: 'Cookie', value })))

describe('reading the session cookie', () => {
  it('finds session_id among other cookies', () => {
    expect(readSessionId(cookies('theme=dark; session_id=abc; lang=en'))).toBe('abc')
  })

  it('splits each pair at the first "=" only', () => {
    expect(readSessionId(cookies('session_id=a=b=c'))).toBe('a=b=c')
  })

  it('keeps the value exactly as sent, without percent-decoding it', () => {
    expect(readSessionId(cookies('session_id=a%20b'))).toBe('a%20b')
  })

  it('reads every Cookie field, taking the first session_id', () => {
    expect(
      readSessionId(cookies('theme=dark', 'session_id=first; session_id=second')),
    ).toBe('first')
  })

  it('returns null without a cookie, or with an empty value', () => {
    expect(readSessionId(cookies())).toBeNull()
    expect(readSessionId(cookies('session_id='))).toBeNull()
    expect(readSessionId(cookies('session_idx=abc'))).toBeNull()
  })
})

describe('reading a bearer token', () => {
  const authorization = (value: string) =>
    readBearerToken(requests.profile([{ name: 'Authorization', value }]))

  it('takes the scheme in any case (RFC 9110 §11.1)', () => {
    expect(authorization('bearer abc.def.ghi')).toEqual({
      kind: 'token',
      token: 'abc.def.ghi',
    })
    expect(authorization('Bearer abc.def.ghi')).toEqual({
      kind: 'token',
      token: 'abc.def.ghi',
    })
  })

  it('takes one space or more between the scheme and a token68', () => {
    expect(authorization('Bearer   abc.def.ghi')).toEqual({
      kind: 'token',
      token: 'abc.def.ghi',
    })
    expect(authorization('Bearer mF_9.B5f-4.1JqM+/==')).toEqual({
      kind: 'token',
      token: 'mF_9.B5f-4.1JqM+/==',
    })
  })

  it('drops the spaces and tabs an HTTP parser drops around the value', () => {
    expect(authorization(' \tBearer abc.def.ghi \t')).toEqual({
      kind: 'token',
      token: 'abc.def.ghi',
    })
  })

  it.each([
    [
      'Bearer',
      'The Authorization header says "Bearer" but carries no token after it. Send Authorization: Bearer <token>.',
    ],
    [
      'Bearer abc.def.ghi extra',
      'The Authorization header has a space at character 19, inside or after the token: send exactly one token after "Bearer", in one piece (RFC 6750 §2.1).',
    ],
    [
      'Bearer\tabc.def.ghi',
      'The Authorization header separates "Bearer" from the token with "\\t" at character 7; RFC 6750 §2.1 allows only spaces there.',
    ],
    [
      'Bearer abc.def%20ghi',
      'The Authorization header has "%" at character 15, which a bearer token cannot contain: only letters, digits, "-", ".", "_", "~", "+", "/" and trailing "=" (RFC 6750 §2.1). Copy the token again, unencoded.',
    ],
    [
      'Bearer ==',
      'The Authorization header has "=" at character 8, which a bearer token cannot contain: only letters, digits, "-", ".", "_", "~", "+", "/" and trailing "=" (RFC 6750 §2.1). Copy the token again, unencoded.',
    ],
    ['', 'The Authorization header is empty. Send Authorization: Bearer <token>.'],
  ])('calls %j malformed and says where', (value, reason) => {
    expect(authorization(value)).toEqual({ kind: 'malformed', reason })
  })

  it('calls two Authorization headers malformed', () => {
    const request = requests.profile([
      { name: 'Authorization', value: 'Bearer abc' },
      { name: 'authorization', value: 'Bearer def' },
    ])

    expect(readBearerToken(request)).toEqual({
      kind: 'malformed',
      reason:
        'The request has 2 Authorization headers, and a request may carry only one (RFC 9110 §5.3): send a single Authorization: Bearer <token>.',
    })
  })

  it('says why there is no token', () => {
    expect(readBearerToken(requests.profile())).toEqual({
      kind: 'absent',
      reason: 'The request has no Authorization header.',
    })
    expect(authorization('Basic YWxpY2U6eA==')).toEqual({
      kind: 'absent',
      reason:
        'The Authorization header uses the "Basic" scheme; this server expects "Bearer <token>".',
    })
  })
})

describe('the WWW-Authenticate challenge (RFC 6750 §3)', () => {
  it('is a bare "Bearer" when no credentials came', () => {
    expect(bearerChallenge()).toBe('Bearer')
  })

  it('carries the error and a description', () => {
    expect(bearerChallenge('invalid_token', 'The token has expired')).toBe(
      'Bearer error="invalid_token", error_description="The token has expired"',
    )
  })

  it('keeps the description inside the characters RFC 6750 allows', () => {
    expect(bearerChallenge('invalid_token', 'say "hi" \\ café')).toBe(
      `Bearer error="invalid_token", error_description="say 'hi'  caf"`,
    )
  })
})
