import type { KeyDescription } from '../keys/key-reading'
import { algorithmsForKey } from './jws-algorithms'

/** What a verifier expects, as the workbench's form gives it. */
export interface VerifyOptions {
  /** The algorithms to accept; default: those of the key's family (and curve). */
  readonly algorithms?: readonly string[]
  /** The clock, in milliseconds since the epoch; default: the real clock. */
  readonly now?: number
  /** Clock skew to forgive on exp, nbf and iat, in seconds (0 to 300); a form's string is fine. */
  readonly leeway?: number | string
  /** The issuer(s) to accept in `iss`; unchecked when absent. */
  readonly issuer?: string | readonly string[]
  /** The audience(s) of which `aud` must name one; unchecked when absent. */
  readonly audience?: string | readonly string[]
  /** The payload of a JWS sent with an empty payload segment (RFC 7515 Appendix F), as sent. */
  readonly detachedPayload?: string
}

/** The options, checked and with defaults filled in. */
export interface VerifySettings {
  readonly algorithms: readonly string[]
  /** False when the list is the key's default, so a foreign alg is a key mismatch. */
  readonly algorithmsGiven: boolean
  readonly now: number
  readonly leewaySeconds: number
  readonly issuer: readonly string[] | null
  readonly audience: readonly string[] | null
  readonly detachedPayload: string | null
}

/** A leeway the form may use, or why not. */
export type LeewayReading =
  | { readonly ok: true; readonly seconds: number }
  | { readonly ok: false; readonly message: string }

/** The largest leeway accepted: clock skew is seconds to minutes, never hours. */
export const MAX_LEEWAY_SECONDS = 300

const DECIMAL = /^\d+(?:\.\d+)?$/

/**
 * Reads a clock-skew leeway in seconds. A numeric string from a form field is
 * converted first, because jose would read "30" as a malformed time span. Anything
 * but a finite number from 0 to 300 is refused: jose accepts any finite number,
 * and 9007199254740991 seconds would quietly switch expiry checks off.
 */
export function readLeeway(input: unknown): LeewayReading {
  if (input === undefined || (typeof input === 'string' && input.trim() === '')) {
    return { ok: true, seconds: 0 }
  }
  const text = typeof input === 'string' ? input.trim() : null
  if (text !== null && !DECIMAL.test(text)) {
    return {
      ok: false,
      message: `leeway ${JSON.stringify(input)} is not a number of seconds: type digits only, such as 30 (no unit, no sign)`,
    }
  }
  const seconds = text !== null ? Number(text) : input
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return {
      ok: false,
      message: `leeway ${String(input)} is not a finite number of seconds from 0 to ${MAX_LEEWAY_SECONDS}: use 0 for none, or a few seconds to cover clock skew`,
    }
  }
  if (seconds > MAX_LEEWAY_SECONDS) {
    return {
      ok: false,
      message: `leeway ${String(input)} s is more than ${MAX_LEEWAY_SECONDS} s (5 minutes): a leeway is for clock skew, and one that large keeps accepting tokens long after they expire; use at most ${MAX_LEEWAY_SECONDS}`,
    }
  }
  return { ok: true, seconds }
}

/** Checks the options against the key; a failure message says which option and why. */
export function readVerifyOptions(
  options: VerifyOptions,
  key: KeyDescription,
): { ok: true; settings: VerifySettings } | { ok: false; message: string } {
  const leeway = readLeeway(options.leeway)
  if (!leeway.ok) return leeway
  const now = options.now ?? Date.now()
  if (typeof now !== 'number' || !Number.isFinite(now)) {
    return {
      ok: false,
      message: `now ${String(now)} is not a time: give milliseconds since 1970`,
    }
  }
  const algorithms = options.algorithms
  if (
    algorithms !== undefined &&
    (!Array.isArray(algorithms) ||
      algorithms.length === 0 ||
      !algorithms.every((alg) => typeof alg === 'string'))
  ) {
    return {
      ok: false,
      message:
        'the allowed algorithms must be a non-empty list of names such as ["RS256"]',
    }
  }
  const issuer = names(options.issuer)
  const audience = names(options.audience)
  if (issuer === undefined || audience === undefined) {
    return {
      ok: false,
      message:
        'the expected issuer and audience must be non-empty strings (or lists of them)',
    }
  }
  const detached = options.detachedPayload
  if (detached !== undefined && typeof detached !== 'string') {
    return {
      ok: false,
      message: 'the detached payload must be text, exactly as it was sent',
    }
  }
  return {
    ok: true,
    settings: {
      algorithms: algorithms ?? algorithmsForKey(key),
      algorithmsGiven: algorithms !== undefined,
      now,
      leewaySeconds: leeway.seconds,
      issuer,
      audience,
      detachedPayload: detached ?? null,
    },
  }
}

/** A string or list of strings as a list; null when absent, undefined when malformed. */
function names(value: unknown): readonly string[] | null | undefined {
  if (value === undefined) return null
  const list: unknown[] = Array.isArray(value) ? value : [value]
  const valid =
    list.length > 0 && list.every((name) => typeof name === 'string' && name !== '')
  return valid ? (list as string[]) : undefined
}
