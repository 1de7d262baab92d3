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
