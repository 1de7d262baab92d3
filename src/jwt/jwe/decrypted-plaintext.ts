import { base64url } from 'jose'
import { decodeToken, type DecodedToken } from '../decode-token'
import { isJsonObject, type JsonObject } from '../json-segment'

/** A token found inside a JWE's plaintext, ready for the decoder panel. */
export interface NestedToken {
  /** The inner compact token, exactly as decrypted. */
  readonly token: string
  /** Why it was taken as a token: the header's `cty`, or only its shape. */
  readonly because: 'cty' | 'shape'
  readonly decoded: DecodedToken
}

/** A decrypted plaintext read every way that makes sense. */
export interface PlaintextReading {
  readonly plaintext: Uint8Array
  /** For bytes that are not UTF-8, which a claims set always is. */
  readonly plaintextBase64url: string
  /** The plaintext as UTF-8 text, or null when it is not UTF-8. */
  readonly text: string | null
  /** The text parsed as JSON; undefined (never a JSON value) when it does not parse. */
  readonly json: unknown
  /** The JSON when it is an object: the claims of an encrypted JWT. */
  readonly claims: JsonObject | null
  readonly nested: NestedToken | null
  /** What the learner should know about this plaintext, one sentence each. */
  readonly notes: readonly string[]
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const COMPACT = /^[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){2}(?:(?:\.[A-Za-z0-9_-]*){2})?$/

/**
 * Reads a JWE's plaintext as text, as JSON, and as a nested token. RFC 7519 §5.2
 * says `"cty": "JWT"` marks a nested token; a compact JWS without it is still
 * recognised, and a `cty` that promises a token the plaintext is not gets said
 * out loud, so a mislabelled token is noticed rather than misread.
 */
export function readPlaintext(
  plaintext: Uint8Array,
  cty: string | null,
): PlaintextReading {
  const text = decodeUtf8(plaintext)
  const json = text === null ? undefined : parseJson(text)
  const claims = isJsonObject(json) ? json : null
  const reading = {
    plaintext,
    plaintextBase64url: base64url.encode(plaintext),
    text,
    json,
    claims,
  }
  const announced = cty !== null && /^(?:application\/)?jwt$/i.test(cty)
  if (text === null) {
    return {
      ...reading,
      nested: null,
      notes: [
        `the plaintext is ${plaintext.length} bytes that are not UTF-8 text, so it is shown as base64url${announced ? '; "cty" promised a nested JWT, which would be text' : ''}`,
      ],
    }
  }
  if (!COMPACT.test(text)) {
    const notes = announced
      ? [
          `"cty": ${JSON.stringify(cty)} announces a nested token, but the plaintext is ${claims === null ? 'not a compact token' : 'a JSON claims set'}; it is read as it is (RFC 7519 §5.2 reserves "JWT" for nested tokens)`,
        ]
      : []
    return { ...reading, nested: null, notes }
  }
  const decoded = decodeToken(text)
  if (!announced && (decoded.kind !== 'jws' || decoded.header === null)) {
    return { ...reading, nested: null, notes: [] }
  }
  const notes = [
    'the plaintext is itself a token: check it too, because decrypting the outer token says nothing about who signed the inner one',
  ]
  if (!announced) {
    notes.push(
      'the header has no "cty": "JWT", which RFC 7519 §5.2 asks for when a JWT is nested; it was recognised by its shape',
    )
  }
  return {
    ...reading,
    nested: { token: text, because: announced ? 'cty' : 'shape', decoded },
    notes,
  }
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes)
  } catch {
    return null
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
