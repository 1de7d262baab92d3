/**
 * The one reading of the Bearer scheme in an `Authorization` value (RFC 6750
 * §2.1). Every caller shares it: the server refuses anything but the strict
 * `Bearer 1*SP token68`, the paste box strips the prefix and leaves the rest to
 * the token decoder, and the token view finds what a request carried.
 */

/** The first way a Bearer value breaks `Bearer 1*SP token68`. */
export type BearerFault =
  /** "Bearer" and nothing after it. */
  | 'no-token'
  /** A tab or line break, not spaces, between the scheme and the token. */
  | 'separator'
  /** Whitespace after the token: a second word, or a token split in two. */
  | 'space-in-token'
  /** A character the token68 syntax does not allow, such as "%" or "*". */
  | 'not-token68'

/** What an `Authorization` value says about the Bearer scheme. */
export type BearerReading =
  | {
      readonly kind: 'bearer'
      /** The scheme as written: any case is the same scheme (RFC 9110 §11.1). */
      readonly scheme: string
      /** Everything after the scheme and the whitespace that follows it. */
      readonly token: string
      /** Index of the token's first character in the value. */
      readonly tokenStart: number
      /** Null when the value is strictly `Bearer 1*SP token68`. */
      readonly fault: BearerFault | null
      /** Index in the value where the fault is, or null without a fault. */
      readonly faultIndex: number | null
    }
  | { readonly kind: 'other-scheme'; readonly scheme: string }
  | { readonly kind: 'empty' }

const WHITESPACE = /\s/
const TOKEN68_CHARACTER = /[A-Za-z0-9\-._~+/]/

/**
 * Reads an `Authorization` value for the Bearer scheme. Give it the value without
 * surrounding whitespace, as an HTTP parser strips it. The scheme ends at the
 * first whitespace; a bare word such as a token without "Bearer " is another scheme.
 */
export function readBearer(value: string): BearerReading {
  if (value === '') return { kind: 'empty' }
  const schemeEnd = value.search(WHITESPACE)
  const scheme = schemeEnd === -1 ? value : value.slice(0, schemeEnd)
  if (scheme.toLowerCase() !== 'bearer') return { kind: 'other-scheme', scheme }

  const afterScheme = value.slice(scheme.length)
  const separator = /^\s*/.exec(afterScheme)?.[0] ?? ''
  const tokenStart = scheme.length + separator.length
  const token = value.slice(tokenStart)
  const located = findFault(separator, token, scheme.length, tokenStart)
  return {
    kind: 'bearer',
    scheme,
    token,
    tokenStart,
    fault: located?.fault ?? null,
    faultIndex: located?.index ?? null,
  }
}

function findFault(
  separator: string,
  token: string,
  separatorStart: number,
  tokenStart: number,
): { fault: BearerFault; index: number } | null {
  if (token === '') return { fault: 'no-token', index: tokenStart }
  const notSpace = separator.search(/[^ ]/)
  if (notSpace !== -1) return { fault: 'separator', index: separatorStart + notSpace }
  const space = token.search(WHITESPACE)
  if (space !== -1) return { fault: 'space-in-token', index: tokenStart + space }
  // token68 (RFC 9110 §11.2): 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
  const body = token.replace(/=+$/, '')
  for (let i = 0; i < body.length; i++) {
    if (!TOKEN68_CHARACTER.test(body.charAt(i))) {
      return { fault: 'not-token68', index: tokenStart + i }
    }
  }
  return body === '' ? { fault: 'not-token68', index: tokenStart } : null
}
