import type { HeaderField, HttpResponse } from '../http/message'
import { statusText } from '../http/status-text'

const encoder = new TextEncoder()

/**
 * A JSON response with the headers a real server sends. Every answer of this
 * server is about someone's login, so none of it may be cached (`no-store`).
 */
export function jsonResponse(
  status: number,
  body: unknown,
  headers: readonly HeaderField[] = [],
): HttpResponse {
  const text = JSON.stringify(body)
  return {
    status,
    statusText: statusText(status),
    headers: [
      { name: 'Content-Type', value: 'application/json; charset=utf-8' },
      { name: 'Content-Length', value: String(encoder.encode(text).length) },
      { name: 'Cache-Control', value: 'no-store' },
      ...headers,
    ],
    body: text,
  }
}

/** An error response: a stable `error` code the client can branch on and a sentence to read. */
export function errorResponse(
  status: number,
  error: string,
  message: string,
  headers: readonly HeaderField[] = [],
  details: Readonly<Record<string, unknown>> = {},
): HttpResponse {
  return jsonResponse(status, { error, message, ...details }, headers)
}
