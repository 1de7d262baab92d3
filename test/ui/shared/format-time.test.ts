import { describe, expect, it } from 'vitest'
import { formatRelative, formatSpan, formatUtc } from '../../../src/ui/shared/format-time'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

describe('format-time', () => {
  it('writes an instant in UTC to the second', () => {
    expect(formatUtc(NOW + 1234)).toBe('2026-01-15 12:00:01 UTC')
  })

  it('says how far a moment is from the virtual clock, both ways', () => {
    expect(formatRelative(NOW + 14 * 60_000 + 59_000, NOW)).toBe('in 14 min')
    expect(formatRelative(NOW - 3 * 3_600_000, NOW)).toBe('3 h ago')
    expect(formatRelative(NOW + 400, NOW)).toBe('now')
  })

  it('picks the largest readable unit for a span', () => {
    expect(
      [45_000, 90_000, 7_500_000, 3 * 86_400_000, 86_400_000].map(formatSpan),
    ).toEqual(['45 s', '1 min', '2 h 5 min', '3 days', '1 day'])
  })
})
