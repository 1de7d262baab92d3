import { describe, expect, it } from 'vitest'
import { readClockTime } from '../../../../src/ui/workbench/verify/clock-time'

describe('readClockTime', () => {
  it.each([
    ['2026-01-15T12:00:00Z', Date.UTC(2026, 0, 15, 12)],
    ['2026-01-15 12:00:00', Date.UTC(2026, 0, 15, 12)],
    ['2026-01-15T12:00', Date.UTC(2026, 0, 15, 12)],
    ['2026-01-15T13:00:00+01:00', Date.UTC(2026, 0, 15, 12)],
    ['1768478400', Date.UTC(2026, 0, 15, 12)],
  ])('reads %j as UTC', (text, milliseconds) => {
    expect(readClockTime(text)).toEqual({ ok: true, milliseconds })
  })

  it('says how to write a time it cannot read', () => {
    expect(readClockTime('tomorrow')).toEqual({
      ok: false,
      message:
        '"tomorrow" is not a time the clock can use: write it as 2026-01-15T12:00:00Z (UTC) or as seconds since 1970, such as 1768478400',
    })
  })
})
