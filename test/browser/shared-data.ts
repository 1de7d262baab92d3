import { readConformanceJson } from '../conformance/read-conformance'

/** Reads a file of the conformance data, e.g. `vectors/cookie-vectors.json`. */
export const readSharedJson = readConformanceJson

/** One case of vectors/cookie-vectors.json (the members these tests use). */
export interface CookieVector {
  readonly name: string
  readonly suite: 'http-state' | 'wpt'
  readonly set_cookie: readonly string[]
  readonly set_url: string
  readonly request_url: string
  /** null means the request carries no Cookie header. */
  readonly expected_cookie_header: string | null
  /** The clock for cases with absolute Expires dates. */
  readonly now?: string
  /** How WPT read the result; document.cookie leaves HttpOnly cookies out. */
  readonly read_via?: string
  /** The expectation follows RFC 6265, which drops nameless cookies. */
  readonly rfc6265bis_may_differ?: boolean
}

/** vectors/cookie-vectors.meta.json (the members these tests use). */
export interface CookieVectorMeta {
  readonly semantics: { readonly suggested_now: string }
}

/** One case of vectors/cookie-date-vectors.json. */
export interface CookieDateVector {
  readonly input: string
  /** null when the date must not parse. */
  readonly expected_iso: string | null
}

/** One entry of cases/reported-cases.json; input and expected differ by case. */
export interface ReportedCase {
  readonly id: string
  readonly kind: string
  readonly title: string
  readonly input: unknown
  readonly expected: unknown
}
