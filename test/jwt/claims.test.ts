import { describe, expect, it } from 'vitest'
import {
  claimRows,
  describeNumericDate,
  explainClaim,
  explainHeaderParameter,
  formatClaimValue,
  headerRows,
} from '../../src/jwt/claims'
import { formatDuration, relativeTime } from '../../src/jwt/numeric-date'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const NOW_SECONDS = NOW / 1000

describe('claim explanations', () => {
  it.each(['iss', 'sub', 'aud', 'exp', 'nbf', 'iat', 'jti'])(
    'explains the registered claim %s in one line, citing RFC 7519',
    (name) => {
      const line = explainClaim(name)
      expect(line).toMatch(/\(RFC 7519 §4\.1\.\d\)\.$/)
      expect(line).not.toContain('\n')
    },
  )

  it.each(['alg', 'typ', 'kid', 'cty'])('explains the header parameter %s', (name) => {
    expect(explainHeaderParameter(name)).toMatch(/^[A-Z].+\(RFC 75\d\d §[\d.]+\)\.$/)
  })

  it('has no explanation for a private claim, or for names inherited from Object', () => {
    expect(explainClaim('role')).toBeNull()
    expect(explainClaim('toString')).toBeNull()
    expect(explainHeaderParameter('constructor')).toBeNull()
  })
})

describe('formatClaimValue', () => {
  it('shows strings as they are and other JSON values as compact JSON', () => {
    expect(formatClaimValue('sub', 'student-5')).toBe('student-5')
    expect(formatClaimValue('admin', true)).toBe('true')
    expect(formatClaimValue('manager', null)).toBe('null')
    expect(formatClaimValue('count', 3)).toBe('3')
    expect(formatClaimValue('aud', ['api', 'web'])).toBe('["api","web"]')
    expect(formatClaimValue('address', { country: 'XX' })).toBe('{"country":"XX"}')
  })

  it('adds the UTC time to a NumericDate claim', () => {
    expect(formatClaimValue('iat', 1767225600)).toBe('1767225600 (2026-01-01T00:00:00Z)')
    expect(formatClaimValue('exp', 1767225600.5)).toBe(
      '1767225600.5 (2026-01-01T00:00:00.500Z)',
    )
  })

  it('shows a NumericDate no clock can represent as the bare number', () => {
    expect(formatClaimValue('exp', 1e300)).toBe('1e+300')
  })
})

describe('NumericDate relative to the virtual clock', () => {
  it.each([
    ['exp', NOW_SECONDS + 14 * 60 + 59, 'expires in 14 min'],
    ['exp', NOW_SECONDS - 3 * 86_400, 'expired 3 days ago'],
    ['exp', NOW_SECONDS, 'expired just now'],
    ['exp', NOW_SECONDS - 1, 'expired 1 s ago'],
    ['iat', NOW_SECONDS - 2 * 60, 'issued 2 min ago'],
    ['iat', NOW_SECONDS + 3600, 'issued 1 hour in the future (a clock is wrong)'],
    ['nbf', NOW_SECONDS + 90, 'not valid for another 1 min'],
    ['nbf', NOW_SECONDS - 2 * 365 * 86_400, 'valid since 2 years ago'],
  ])('describes %s %d as "%s"', (claim, seconds, text) => {
    expect(relativeTime(claim, seconds, NOW)).toBe(text)
  })

  it('rounds spans down to the largest whole unit', () => {
    expect(formatDuration(59_999)).toBe('59 s')
    expect(formatDuration(2 * 3_600_000 - 1)).toBe('1 hour')
    expect(formatDuration(2 * 86_400_000)).toBe('2 days')
  })

  it('gives UTC, local and relative time together', () => {
    const view = describeNumericDate('exp', NOW_SECONDS + 900, NOW, {
      locale: 'en-GB',
      timeZone: 'Asia/Tokyo',
    })

    expect(view).toEqual({
      utc: '2026-01-15T12:15:00Z',
      local: '15 Jan 2026, 21:15:00 GMT+9',
      relative: 'expires in 15 min',
    })
  })
})

describe('table rows', () => {
  it('lists claims in token order with explanation and time', () => {
    const rows = claimRows({ sub: '123', role: 'admin', exp: NOW_SECONDS + 60 }, NOW, {
      timeZone: 'UTC',
    })

    expect(rows.map((row) => [row.name, row.value])).toEqual([
      ['sub', '123'],
      ['role', 'admin'],
      ['exp', `${NOW_SECONDS + 60} (2026-01-15T12:01:00Z)`],
    ])
    expect(rows[1]?.explanation).toBeNull()
    expect(rows[2]?.time?.relative).toBe('expires in 1 min')
    expect(rows[0]?.time).toBeNull()
  })

  it('lists header parameters with their explanations', () => {
    expect(
      headerRows({ alg: 'HS256', typ: 'JWT' }).map((row) => row.explanation),
    ).toEqual([explainHeaderParameter('alg'), explainHeaderParameter('typ')])
  })
})
