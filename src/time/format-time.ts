/**
 * Virtual-clock times as learners read them, in one voice for the browser model,
 * the token inspector and the views. Every input is milliseconds since the epoch.
 */

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const YEAR = 365 * DAY

/**
 * An instant in UTC to the second, as the panels and cookie messages write it:
 * `2026-01-15 12:00:00 UTC`. A time no Date can hold reads as the far future or past.
 */
export function formatInstant(milliseconds: number): string {
  const iso = formatIsoInstant(milliseconds)
  if (iso === null) return milliseconds > 0 ? 'the far future' : 'the distant past'
  return `${iso.slice(0, 19).replace('T', ' ')} UTC`
}

/**
 * An instant as ISO 8601 in UTC, as token tools write NumericDates:
 * `2026-01-01T00:00:00Z`, with milliseconds only when there are some. Null when the
 * value is not a finite time a Date can hold.
 */
export function formatIsoInstant(milliseconds: number): string | null {
  const date = new Date(milliseconds)
  if (!Number.isFinite(milliseconds) || Number.isNaN(date.getTime())) return null
  return date.toISOString().replace('.000Z', 'Z')
}

/** A span of time in the largest whole unit that fits, rounded down: "45 s", "14 min", "3 days". */
export function formatDuration(milliseconds: number): string {
  if (milliseconds < MINUTE) return `${Math.floor(milliseconds / SECOND)} s`
  if (milliseconds < HOUR) return `${Math.floor(milliseconds / MINUTE)} min`
  if (milliseconds < DAY) return plural(Math.floor(milliseconds / HOUR), 'hour')
  if (milliseconds < YEAR) return plural(Math.floor(milliseconds / DAY), 'day')
  return plural(Math.floor(milliseconds / YEAR), 'year')
}

/** How far `milliseconds` lies from `now`: "in 14 min", "3 hours ago", or "now" within a second. */
export function formatRelative(milliseconds: number, now: number): string {
  const difference = milliseconds - now
  if (Math.abs(difference) < SECOND) return 'now'
  const span = formatDuration(Math.abs(difference))
  return difference > 0 ? `in ${span}` : `${span} ago`
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? '' : 's'}`
}
