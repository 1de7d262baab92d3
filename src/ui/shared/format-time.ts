/** Virtual-clock times as a learner reads them. Pure, so views stay thin and tests exact. */

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** An instant in UTC, to the second: `2026-01-15 12:00:00 UTC`. */
export function formatUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** An instant in the learner's own time zone, as their browser writes dates. */
export function formatLocal(ms: number): string {
  return new Date(ms).toLocaleString()
}

/** How far `ms` is from `now`: "in 14 min", "3 h ago", "now". */
export function formatRelative(ms: number, now: number): string {
  const delta = ms - now
  if (Math.abs(delta) < 1000) return 'now'
  const span = formatSpan(Math.abs(delta))
  return delta > 0 ? `in ${span}` : `${span} ago`
}

/** A duration in the largest unit that keeps it readable: "45 s", "14 min", "2 h 5 min". */
export function formatSpan(ms: number): string {
  if (ms < MINUTE) return `${Math.floor(ms / 1000)} s`
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`
  if (ms < DAY) {
    const hours = Math.floor(ms / HOUR)
    const minutes = Math.floor((ms % HOUR) / MINUTE)
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
  }
  const days = Math.floor(ms / DAY)
  return `${days} day${days === 1 ? '' : 's'}`
}
