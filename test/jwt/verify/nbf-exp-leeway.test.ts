import { jwtVerify } from 'jose'
import { describe, expect, it } from 'vitest'
import { readLeeway } from '../../../src/jwt/verify/verify-options'
import { verifyToken } from '../../../src/jwt/verify/verify-token'
import { CASE_NOW, keyOf, reported, verdictOf } from './reported'

interface LeewayRow {
  readonly now: number
  readonly now_utc: string
  readonly leeway_s: number
  readonly result: string
}

const { input, expected } = reported<
  { token: string; secret: string },
  { table: readonly LeewayRow[]; leeway_input_validation: Record<string, string> }
>('jwt-verify-nbf-exp-leeway')

const RESULT_NAMES: Readonly<Record<string, string>> = {
  valid: 'valid',
  'not yet valid (nbf)': 'nbf',
  'expired (exp)': 'exp',
}

describe('reported case nbf-exp-leeway: nbf - leeway <= now < exp + leeway', () => {
  it.each(expected.table.map((row) => [row.now_utc, row.leeway_s, row] as const))(
    'at %s with %i s leeway gives the recorded result, as jose does',
    async (_, leeway, row) => {
      const now = row.now * 1000
      const result = await verifyToken(input.token, await keyOf(input.secret), {
        now,
        leeway,
      })
      expect(verdictOf(result)).toBe(RESULT_NAMES[row.result])
      const jose = await jwtVerify(input.token, new TextEncoder().encode(input.secret), {
        currentDate: new Date(now),
        clockTolerance: leeway,
      }).then(
        () => 'valid',
        (error: { claim?: string }) => error.claim ?? 'error',
      )
      expect(jose).toBe(RESULT_NAMES[row.result])
    },
  )

  it('explains a refusal with the claim, its time and the leeway', async () => {
    const key = await keyOf(input.secret)
    const late = await verifyToken(input.token, key, { now: 1700000331_000, leeway: 30 })
    expect(late.verdict).toEqual({
      ok: false,
      check: 'exp',
      message:
        'exp 2023-11-14T22:18:20Z has passed: the token expired 31 s ago with 30 s leeway, so it is refused: valid only while now < exp + leeway (RFC 7519 §4.1.4)',
    })
    const early = await verifyToken(input.token, key, { now: 1700000010_000, leeway: 30 })
    expect(early.steps.find((step) => step.name === 'exp')?.message).toBe(
      'exp 2023-11-14T22:18:20Z: the token expires in 4 min',
    )
    const skewed = await verifyToken(input.token, key, {
      now: 1699999990_000,
      leeway: 30,
    })
    expect(skewed.steps.find((step) => step.name === 'nbf')?.message).toBe(
      'nbf 2023-11-14T22:13:20Z: the token is not valid for another 10 s, accepted within the 30 s leeway',
    )
  })

  it('refuses a leeway that would switch expiry off, and every non-number, before verifying', async () => {
    expect(Object.keys(expected.leeway_input_validation)).toHaveLength(3)
    const key = await keyOf(input.secret)
    const refusals: [unknown, string][] = [
      [
        9007199254740991,
        'leeway 9007199254740991 s is more than 300 s (5 minutes): a leeway is for clock skew, and one that large keeps accepting tokens long after they expire; use at most 300',
      ],
      [
        Infinity,
        'leeway Infinity is not a finite number of seconds from 0 to 300: use 0 for none, or a few seconds to cover clock skew',
      ],
      [
        NaN,
        'leeway NaN is not a finite number of seconds from 0 to 300: use 0 for none, or a few seconds to cover clock skew',
      ],
      [
        -5,
        'leeway -5 is not a finite number of seconds from 0 to 300: use 0 for none, or a few seconds to cover clock skew',
      ],
      [
        '30s',
        'leeway "30s" is not a number of seconds: type digits only, such as 30 (no unit, no sign)',
      ],
      [
        '-5',
        'leeway "-5" is not a number of seconds: type digits only, such as 30 (no unit, no sign)',
      ],
      [
        {},
        'leeway [object Object] is not a finite number of seconds from 0 to 300: use 0 for none, or a few seconds to cover clock skew',
      ],
    ]
    for (const [leeway, message] of refusals) {
      expect(readLeeway(leeway)).toEqual({ ok: false, message })
      const result = await verifyToken(input.token, key, {
        now: CASE_NOW,
        leeway: leeway as number,
      })
      expect(result.verdict).toEqual({ ok: false, check: 'options', message })
      expect(result.steps).toEqual([{ name: 'read', outcome: 'failed', message }])
    }
  })

  it('converts the string "30" from a form field to 30 seconds, and an empty field to none', async () => {
    expect(readLeeway('30')).toEqual({ ok: true, seconds: 30 })
    expect(readLeeway(' 30 ')).toEqual({ ok: true, seconds: 30 })
    expect(readLeeway('')).toEqual({ ok: true, seconds: 0 })
    expect(readLeeway(300)).toEqual({ ok: true, seconds: 300 })
    const key = await keyOf(input.secret)
    const result = await verifyToken(input.token, key, {
      now: 1700000310_000,
      leeway: '30',
    })
    expect(verdictOf(result)).toBe('valid')
  })
})
