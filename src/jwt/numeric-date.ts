import { formatDuration, formatIsoInstant, formatRelative } from '../time/format-time'

/**
 * NumericDate (RFC 7519 §2): seconds since the epoch, as `exp`, `nbf` and `iat`
 * carry them, shown three ways so a learner can place them in time.
 */

/** A NumericDate as UTC, as local time, and relative to the virtual clock. */
export interface NumericDateView {
  /** ISO 8601 in UTC, e.g. `2026-01-01T00:00:00Z` (milliseconds only when present). */
  readonly utc: string
  readonly local: string
  /** E.g. "expires in 14 min", "expired 3 days ago", "issued 2 min ago". */
  readonly relative: string
}

/** How to render local time; both default to the runtime's own. */
export interface LocalTimeOptions {
  readonly locale?: string
  readonly timeZone?: string
}

const SECOND = 1000

/** The claims RFC 7519 defines as NumericDate. */
export const NUMERIC_DATE_CLAIMS: readonly string[] = ['exp', 'nbf', 'iat']

/**
 * Describes a NumericDate claim relative to `now` (virtual-clock milliseconds),
 * or returns null when the value is no date a clock can show.
 */
export function describeNumericDate(
  claim: string,
  seconds: number,
  now: number,
  options: LocalTimeOptions = {},
): NumericDateView | null {
  const utc = formatUtc(seconds)
  if (utc === null) return null
  const date = new Date(seconds * SECOND)
  const local = new Intl.DateTimeFormat(options.locale, {
    dateStyle: 'medium',
    timeStyle: 'long',
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
  }).format(date)
  return { utc, local, relative: relativeTime(claim, seconds, now) }
}

/** A NumericDate as UTC ISO 8601, or null when it is not a finite, representable time. */
export function formatUtc(seconds: number): string | null {
  return formatIsoInstant(seconds * SECOND)
}

/** The claim's moment said the way its meaning needs: expiry, issue or start of validity. */
export function relativeTime(claim: string, seconds: number, now: number): string {
  const difference = seconds * SECOND - now
  const future = difference > 0
  if (Math.abs(difference) < SECOND) {
    if (claim === 'exp') return future ? 'expires in under a second' : 'expired just now'
    if (claim === 'iat') return 'issued just now'
    if (claim === 'nbf')
      return future ? 'valid in under a second' : 'valid since just now'
  }
  const span = formatDuration(Math.abs(difference))
  switch (claim) {
    case 'exp':
      return future ? `expires in ${span}` : `expired ${span} ago`
    case 'iat':
      return future
        ? `issued ${span} in the future (a clock is wrong)`
        : `issued ${span} ago`
    case 'nbf':
      return future ? `not valid for another ${span}` : `valid since ${span} ago`
    default:
      return formatRelative(seconds * SECOND, now)
  }
}

// test/jwt/claims.test.ts still reads the span format from here.
export { formatDuration } from '../time/format-time'
