import { headerValue, type HttpRequest, type HttpResponse } from '../http/message'
import { errorResponse } from './json-response'
import type { ServerStep } from './server-step'
import { failed } from './steps'

/** A request body read as JSON, or the reply that explains why it could not be. */
export type JsonBody =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly response: HttpResponse; readonly step: ServerStep }

const JSON_MEDIA_TYPE = /^application\/(?:[\w.+-]+\+)?json$/i

/**
 * Parses the body of a request the server received as JSON: the Content-Type
 * must say JSON (RFC 8259 §11; 415 otherwise) and the text must parse (400
 * otherwise, naming the parser's complaint).
 */
export function parseJsonRequestBody(request: HttpRequest): JsonBody {
  const contentType = headerValue(request.headers, 'Content-Type')
  const mediaType = contentType?.split(';')[0]?.trim() ?? ''
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    const sent =
      contentType === null ? 'no Content-Type' : `Content-Type "${contentType}"`
    const message = `The request body must be JSON, but the request has ${sent}. Send Content-Type: application/json.`
    return {
      ok: false,
      response: errorResponse(415, 'unsupported_media_type', message),
      step: failed('request.invalid', message),
    }
  }
  try {
    return { ok: true, value: JSON.parse(request.body) }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const message = `The request body is not valid JSON (${detail}). Check its quotes, commas and braces.`
    return {
      ok: false,
      response: errorResponse(400, 'malformed_json', message),
      step: failed('request.invalid', message),
    }
  }
}
