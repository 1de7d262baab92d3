/** A clock time the learner typed, or why it cannot be read. */
export type ClockTimeReading =
  | { readonly ok: true; readonly milliseconds: number }
  | { readonly ok: false; readonly message: string }

const NUMERIC_DATE = /^\d{1,12}$/
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?)\s*(Z|UTC|[+-]\d{2}:\d{2})?$/i

/**
 * Reads the fixed clock's field: ISO 8601 such as `2026-01-15T12:00:00Z` (a time
 * without a zone is UTC, like every time the workbench shows), or a NumericDate,
 * seconds since 1970 as in exp and iat, so a claim's value can be pasted as is.
 */
export function readClockTime(text: string): ClockTimeReading {
  const trimmed = text.trim()
  if (trimmed === '') {
    return {
      ok: false,
      message: 'type a time, such as 2026-01-15T12:00:00Z or 1768478400',
    }
  }
  if (NUMERIC_DATE.test(trimmed))
    return { ok: true, milliseconds: Number(trimmed) * 1000 }
  const match = DATE_TIME.exec(trimmed)
  const zone = match?.[3]?.toUpperCase()
  const milliseconds =
    match === null
      ? Number.NaN
      : Date.parse(
          `${match[1]}T${match[2]}${zone === undefined || zone === 'UTC' ? 'Z' : zone}`,
        )
  if (Number.isNaN(milliseconds)) {
    return {
      ok: false,
      message: `"${trimmed}" is not a time the clock can use: write it as 2026-01-15T12:00:00Z (UTC) or as seconds since 1970, such as 1768478400`,
    }
  }
  return { ok: true, milliseconds }
}
