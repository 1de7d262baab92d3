import type { HeaderField, HttpRequest, HttpResponse } from '../http/message'

/** One line of an HTTP/1.1 message as a learner reads it, tagged by what it is. */
export type HttpLine =
  | { readonly kind: 'start'; readonly text: string }
  | { readonly kind: 'header'; readonly text: string; readonly name: string }
  | { readonly kind: 'blank'; readonly text: '' }
  | { readonly kind: 'body'; readonly text: string }

/**
 * Headers that carry the login itself. Views highlight them, because they are the
 * bytes every lesson is about.
 */
const CREDENTIAL_HEADERS = new Set(['cookie', 'set-cookie', 'authorization'])

/** Whether a header field name is Cookie, Set-Cookie or Authorization (any case). */
export function isCredentialHeader(name: string): boolean {
  return CREDENTIAL_HEADERS.has(name.toLowerCase())
}

/** The request as HTTP/1.1 lines: origin-form request line, headers, blank line, body. */
export function requestLines(request: HttpRequest): HttpLine[] {
  return [
    { kind: 'start', text: `${request.method} ${originForm(request.url)} HTTP/1.1` },
    ...headerLines(request.headers),
    { kind: 'blank', text: '' },
    ...bodyLines(request.body),
  ]
}

/** The response as HTTP/1.1 lines: status line, headers, blank line, body. */
export function responseLines(response: HttpResponse): HttpLine[] {
  const statusLine = ['HTTP/1.1', String(response.status), response.statusText]
    .filter((part) => part !== '')
    .join(' ')
  return [
    { kind: 'start', text: statusLine },
    ...headerLines(response.headers),
    { kind: 'blank', text: '' },
    ...bodyLines(response.body),
  ]
}

/** The request as raw text, lines joined with `\n`. */
export function formatRequest(request: HttpRequest): string {
  return joinLines(requestLines(request))
}

/** The response as raw text, lines joined with `\n`. */
export function formatResponse(response: HttpResponse): string {
  return joinLines(responseLines(response))
}

/** Request and response one after the other, as the exchange view shows them. */
export function formatExchange(exchange: {
  readonly request: HttpRequest
  readonly response: HttpResponse
}): string {
  return `${formatRequest(exchange.request)}\n${formatResponse(exchange.response)}`
}

function joinLines(lines: readonly HttpLine[]): string {
  return lines.map((line) => line.text).join('\n')
}

/**
 * HTTP/1.1 sends the path and query on the request line, not the whole URL; the
 * host travels in the Host header instead (RFC 9112 section 3.2.1).
 */
function originForm(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    // A relative target is already in origin form; show it as it was recorded.
    return url
  }
  return `${parsed.pathname}${parsed.search}`
}

function headerLines(headers: readonly HeaderField[]): HttpLine[] {
  return headers.map((field) => ({
    kind: 'header',
    name: field.name,
    text: `${field.name}: ${field.value}`,
  }))
}

function bodyLines(body: string): HttpLine[] {
  if (body === '') return []
  return body.split(/\r?\n/).map((text) => ({ kind: 'body', text }))
}
