import { readJsonObject, type EditedJsonError } from './edited-json'
import type { JsonScan } from './json-scanner'

/** The payload text after a helper set a claim, or why the text could not be read. */
export type ClaimEdit =
  | {
      readonly ok: true
      readonly text: string
      /** The NumericDate written, in seconds since the epoch. */
      readonly value: number
    }
  | { readonly ok: false; readonly error: EditedJsonError }

const SECOND = 1000

/**
 * The NumericDate (RFC 7519 §2) of a virtual-clock instant: whole seconds since
 * the epoch, rounded down, so a token issued "now" is never dated in the future.
 */
export function numericDate(now: number): number {
  if (!Number.isFinite(now)) {
    throw new TypeError(`numericDate expects clock milliseconds, got ${String(now)}`)
  }
  return Math.floor(now / SECOND)
}

/** Sets `iat` to the clock's current second in the payload text, keeping the rest as typed. */
export function setIssuedAt(payloadJson: string, now: number): ClaimEdit {
  return setNumericClaim(payloadJson, 'iat', numericDate(now))
}

/**
 * Sets `exp` to the clock's current second plus `seconds` in the payload text. A
 * negative number of seconds makes a token that has already expired, which the
 * lessons use to show the server refusing it.
 */
export function setExpiresIn(
  payloadJson: string,
  seconds: number,
  now: number,
): ClaimEdit {
  if (!Number.isSafeInteger(seconds)) {
    throw new TypeError(
      `setExpiresIn expects a whole number of seconds, got ${String(seconds)}`,
    )
  }
  return setNumericClaim(payloadJson, 'exp', numericDate(now) + seconds)
}

/**
 * Writes one number claim into the text: an existing member gets its value
 * replaced where it stands; a new one goes last, spaced like the first member,
 * so the learner's layout and member order survive the edit.
 */
function setNumericClaim(payloadJson: string, name: string, value: number): ClaimEdit {
  const read = readJsonObject(payloadJson, 'payload')
  if (!read.ok) return read
  const { scan } = read
  const existing = scan.members.find((member) => member.name === name)
  if (existing !== undefined) {
    return {
      ok: true,
      value,
      text: splice(payloadJson, existing.valueStart, existing.valueEnd, String(value)),
    }
  }
  return { ok: true, value, text: appendMember(payloadJson, scan, name, value) }
}

function appendMember(text: string, scan: JsonScan, name: string, value: number): string {
  const first = scan.members[0]
  const last = scan.members.at(-1)
  if (first === undefined || last === undefined) {
    return splice(text, scan.open + 1, scan.close, `"${name}": ${value}`)
  }
  const indent = text.slice(scan.open + 1, first.nameStart)
  const colon = text.slice(first.nameEnd, first.valueStart)
  const member = `,${indent}${JSON.stringify(name)}${colon}${value}`
  return splice(text, last.valueEnd, last.valueEnd, member)
}

function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end)
}
