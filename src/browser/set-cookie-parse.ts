import { Cookie } from 'tough-cookie'
import type { SameSite } from './browser-state'
import type { CookieOutcomeCode } from './cookie-outcome'
import { cookieLabel, octets } from './outcome-text'

/**
 * Reading one `Set-Cookie` field value (RFC 6265bis section 5.6). tough-cookie
 * reads the attributes; the name-value pair and the size and character limits
 * follow RFC 6265bis and today's browsers, where tough-cookie's loose mode differs:
 * it turns "=a=b" into a cookie named "a", drops a cookie with a tab inside its
 * value, truncates at CR, LF and NUL instead of rejecting, and has no size limits.
 */

/** What one `Set-Cookie` field asks the browser to store, before any storage rule. */
export interface SetCookieAttributes {
  /** Empty for a nameless cookie (`Set-Cookie: foo` stores the value "foo"). */
  readonly name: string
  readonly value: string
  /** The last Domain attribute, lower case, without its leading dot; null when absent. */
  readonly domain: string | null
  /** The last Path attribute when it starts with "/", else null (the default path applies). */
  readonly path: string | null
  /** The last Expires date that parses, in milliseconds; null when there is none. */
  readonly expires: number | null
  /** The last valid Max-Age in seconds (it may be ±Infinity); null when there is none. */
  readonly maxAge: number | null
  readonly secure: boolean
  readonly httpOnly: boolean
  readonly sameSite: SameSite | 'Default'
}

/** The outcome codes a field can earn before storage is even considered. */
export type ParseRefusalCode = Extract<
  CookieOutcomeCode,
  'ignored.unparseable' | 'ignored.control-character' | 'ignored.too-large'
>

/** The attributes of a field, or why the whole field is ignored. */
export type SetCookieParse =
  | { readonly ok: true; readonly attributes: SetCookieAttributes }
  | {
      readonly ok: false
      readonly code: ParseRefusalCode
      readonly cookieName: string | null
      readonly message: string
    }

const MAX_NAME_AND_VALUE_OCTETS = 4096
const MAX_ATTRIBUTE_VALUE_OCTETS = 1024
// Every CTL but HTAB (RFC 6265bis section 5.6 step 1).
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTER = /[\x00-\x08\x0a-\x1f\x7f]/
const SAME_SITE: Readonly<Record<string, SameSite>> = {
  strict: 'Strict',
  lax: 'Lax',
  none: 'None',
}

/** Reads one `Set-Cookie` field value into attributes, or says why it is ignored. */
export function parseSetCookie(setCookie: string): SetCookieParse {
  const control = CONTROL_CHARACTER.exec(setCookie)
  if (control) {
    const hex = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')
    return refuse(
      'ignored.control-character',
      null,
      `Ignored this Set-Cookie: it contains the control character 0x${hex}, and RFC 6265bis section 5.6 (like Chromium) rejects the whole field rather than guess where the cookie ends.`,
    )
  }
  const semicolon = setCookie.indexOf(';')
  const pair = semicolon === -1 ? setCookie : setCookie.slice(0, semicolon)
  const { name, value } = splitPair(pair)
  if (name === '' && value === '') {
    return refuse(
      'ignored.unparseable',
      null,
      'Ignored this Set-Cookie: it has neither a cookie name nor a value, so there is nothing to store (RFC 6265bis section 5.6).',
    )
  }
  const size = octets(name) + octets(value)
  if (size > MAX_NAME_AND_VALUE_OCTETS) {
    return refuse(
      'ignored.too-large',
      name,
      `Ignored ${cookieLabel(name)}: its name and value together are ${size} bytes, over the ${MAX_NAME_AND_VALUE_OCTETS}-byte limit of RFC 6265bis section 5.6.`,
    )
  }
  const attributeText = semicolon === -1 ? '' : setCookie.slice(semicolon + 1)
  // A neutral pair stands in for the real one, which tough-cookie would split differently.
  const parsed = Cookie.parse(`x=y;${withoutOversizedAttributes(attributeText)}`, {
    loose: true,
  })
  if (parsed === undefined) {
    // Unreachable with the neutral pair, but a cookie nobody can describe is not stored.
    return refuse(
      'ignored.unparseable',
      name,
      `Ignored ${cookieLabel(name)}: its attributes could not be read, so what a browser would store is unknown.`,
    )
  }
  return {
    ok: true,
    attributes: {
      name,
      value,
      domain: parsed.domain,
      path: parsed.path,
      expires: parsed.expires instanceof Date ? parsed.expires.getTime() : null,
      maxAge: parsed.maxAge === null ? null : Number(parsed.maxAge),
      secure: parsed.secure,
      httpOnly: parsed.httpOnly,
      sameSite: SAME_SITE[parsed.sameSite?.toLowerCase() ?? ''] ?? 'Default',
    },
  }
}

/** RFC 6265bis section 5.6 steps 2-4: split at the first "=", trim spaces and tabs. */
function splitPair(pair: string): { name: string; value: string } {
  const equals = pair.indexOf('=')
  // Without "=" the whole pair is the value of a nameless cookie, as browsers keep it
  // (RFC 6265 dropped such cookies).
  if (equals === -1) return { name: '', value: trimWhitespace(pair) }
  return {
    name: trimWhitespace(pair.slice(0, equals)),
    value: trimWhitespace(pair.slice(equals + 1)),
  }
}

/**
 * Drops each attribute whose value is over 1024 bytes (RFC 6265bis section 5.6),
 * so an earlier or later attribute of the same name decides instead.
 */
function withoutOversizedAttributes(attributeText: string): string {
  return attributeText
    .split(';')
    .filter((attribute) => {
      const equals = attribute.indexOf('=')
      if (equals === -1) return true
      return (
        octets(trimWhitespace(attribute.slice(equals + 1))) <= MAX_ATTRIBUTE_VALUE_OCTETS
      )
    })
    .join(';')
}

/** Removes leading and trailing spaces and tabs: RFC 6265bis's whitespace, not JavaScript's. */
function trimWhitespace(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '')
}

function refuse(code: ParseRefusalCode, cookieName: string | null, message: string) {
  return { ok: false, code, cookieName, message } as const
}
