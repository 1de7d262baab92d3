import { BouncerError } from '../errors/bouncer-error'
import type { HeaderField } from '../http/message'

/**
 * Header lists travel as base64url of UTF-8 JSON: header values must be ByteStrings,
 * and JSON keeps every field apart, so commas, quotes, empty values, non-ASCII text
 * and several `Set-Cookie` fields survive exactly (never joined with ", ").
 */

/** A modelled response without its body: the body travels as the carrier's own body. */
export interface ResponseHead {
  readonly status: number
  readonly statusText: string
  readonly headers: readonly HeaderField[]
}

type FieldPair = [name: string, value: string]

/** Encodes an ordered header list into one ByteString-safe header value. */
export function encodeHeaderList(headers: readonly HeaderField[]): string {
  return encodeJson(headers.map(toPair))
}

/** Decodes what `encodeHeaderList` made, in the original order. */
export function decodeHeaderList(encoded: string): HeaderField[] {
  return readFields(decodeJson(encoded))
}

/** Encodes a response's status line and header list into one header value. */
export function encodeResponseHead(head: ResponseHead): string {
  return encodeJson({
    status: head.status,
    statusText: head.statusText,
    headers: head.headers.map(toPair),
  })
}

/** Decodes what `encodeResponseHead` made. */
export function decodeResponseHead(encoded: string): ResponseHead {
  const value = decodeJson(encoded)
  if (typeof value !== 'object' || value === null) throw malformed('not an object')
  const { status, statusText, headers } = value as Record<string, unknown>
  if (typeof status !== 'number' || !Number.isInteger(status)) {
    throw malformed('the status is not an integer')
  }
  if (typeof statusText !== 'string') throw malformed('the status text is not text')
  return { status, statusText, headers: readFields(headers) }
}

function toPair(field: HeaderField): FieldPair {
  return [field.name, field.value]
}

function readFields(value: unknown): HeaderField[] {
  if (!Array.isArray(value)) throw malformed('the header list is not a list')
  return value.map((pair: unknown) => {
    if (!isFieldPair(pair)) throw malformed('a header field is not a [name, value] pair')
    return { name: pair[0], value: pair[1] }
  })
}

function isFieldPair(value: unknown): value is FieldPair {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  )
}

// JSON.stringify escapes lone surrogates, so even a malformed UTF-16 string round-trips.
function encodeJson(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function decodeJson(encoded: string): unknown {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) throw malformed('it is not base64url')
  let text: string
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (cause) {
    throw malformed('its bytes are not UTF-8 text', cause)
  }
  try {
    return JSON.parse(text)
  } catch (cause) {
    throw malformed('it is not JSON', cause)
  }
}

function malformed(why: string, cause?: unknown): BouncerError {
  return new BouncerError(
    'transport.malformed-wire',
    `The encoded wire headers could not be read: ${why}. The page and the mock server ` +
      'may be running different versions of Bouncer; reload the page.',
    { cause },
  )
}
