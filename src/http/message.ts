/**
 * HTTP messages as they travel on the wire between the modelled browser and the
 * mock monolith. Headers are an ordered list of fields, not a map, because a
 * response may carry several `Set-Cookie` fields and their order matters.
 */

/** One header field, name as written and value as sent. */
export interface HeaderField {
  readonly name: string
  readonly value: string
}

/** A request exactly as the browser would put it on the wire. */
export interface HttpRequest {
  readonly method: string
  /** The absolute URL on the modelled site, e.g. `https://example.com/profile`. */
  readonly url: string
  readonly headers: readonly HeaderField[]
  /** The body as text; empty when there is none. */
  readonly body: string
}

/** A response exactly as the server would put it on the wire. */
export interface HttpResponse {
  readonly status: number
  readonly statusText: string
  readonly headers: readonly HeaderField[]
  readonly body: string
}

/** The first value of a header, compared case-insensitively, or null. */
export function headerValue(
  headers: readonly HeaderField[],
  name: string,
): string | null {
  const wanted = name.toLowerCase()
  return headers.find((field) => field.name.toLowerCase() === wanted)?.value ?? null
}

/** Every value of a header, in order (e.g. each `Set-Cookie` field). */
export function headerValues(headers: readonly HeaderField[], name: string): string[] {
  const wanted = name.toLowerCase()
  return headers
    .filter((field) => field.name.toLowerCase() === wanted)
    .map((field) => field.value)
}
