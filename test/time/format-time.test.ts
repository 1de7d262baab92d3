import { describe, expect, it } from 'vitest'
import {
  formatDuration,
  formatInstant,
  formatIsoInstant,
  formatRelative,
} from '../../src/time/format-time'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

describe('formatInstant', () => {
  it('writes an instant in UTC to the second', () => {
    expect(formatInstant(NOW + 1234)).toBe('2026-01-15 12:00:01 UTC')
  })

  it('names a time no Date can hold instead of printing "Invalid Date"', () => {
    expect(formatInstant(8.64e15 + 1)).toBe('the far future')
    expect(formatInstant(-Infinity)).toBe('the distant past')
  })
})

describe('formatIsoInstant', () => {
  it('writes ISO 8601 in UTC, with milliseconds only when there are some', () => {
    expect(formatIsoInstant(NOW)).toBe('2026-01-15T12:00:00Z')
    expect(formatIsoInstant(NOW + 500)).toBe('2026-01-15T12:00:00.500Z')
  })

  it('gives null for a value that is no representable time', () => {
    expect(formatIsoInstant(Number.NaN)).toBeNull()
    expect(formatIsoInstant(1e300)).toBeNull()
  })
})

describe('formatDuration', () => {
  // One format for every panel and message; the views used to say "2 h 5 min".
  it('picks the largest whole unit, rounded down', () => {
    expect(
      [45_000, 90_000, 7_500_000, 86_400_000, 3 * 86_400_000, 2 * 365 * 86_400_000].map(
        formatDuration,
      ),
    ).toEqual(['45 s', '1 min', '2 hours', '1 day', '3 days', '2 years'])
  })
})

describe('formatRelative', () => {
  it('says how far a moment is from the virtual clock, both ways', () => {
    expect(formatRelative(NOW + 14 * 60_000 + 59_000, NOW)).toBe('in 14 min')
    expect(formatRelative(NOW - 3 * 3_600_000, NOW)).toBe('3 hours ago')
    expect(formatRelative(NOW + 400, NOW)).toBe('now')
  })
})
