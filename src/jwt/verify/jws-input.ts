import { decodeToken } from '../decode-token'
import { readJsonJws } from './jws-json'
import {
  detachedPart,
  encrypted,
  format,
  isUnencoded,
  scan,
  type JwsReading,
  type SignedPart,
} from './signed-part'

/** The reading's vocabulary, shared with the JSON reader. */
export type { JwsReading, SignedPart } from './signed-part'

/** What the decoder says about a payload's content, which a JWS does not restrict. */
const CONTENT_PROBLEMS = new Set(['invalid-utf8', 'invalid-json', 'not-an-object'])

/**
 * Reads a compact JWS (with `Bearer ` and whitespace around it removed, as the
 * decoder does) or a flattened or general JSON JWS. Nothing is re-encoded: each
 * part keeps the exact text that was signed, so verification sees the bytes
 * received. A JWE is recognised and explained, never verified.
 */
export function readJws(input: string, detachedPayload: string | null): JwsReading {
  if (input.trim().startsWith('{')) return readJsonJws(input.trim(), detachedPayload)
  const decoded = decodeToken(input)
  const { notices, header } = decoded
  if (decoded.kind === 'jwe') return encrypted(header, notices)
  const [, payloadPart, signaturePart] = decoded.parts
  const first = decoded.problems.find((problem) => problem.part !== 'payload')
  if (
    decoded.kind !== 'jws' ||
    header === null ||
    first ||
    !payloadPart ||
    !signaturePart
  ) {
    const problem = first ?? decoded.problems[0]
    return format(
      `malformed: ${problem?.message ?? 'the token could not be read'}`,
      header,
      notices,
    )
  }
  const unencoded = isUnencoded(header)
  const received = detachedPart(payloadPart.text, detachedPayload)
  if (!received.ok) return format(received.message, header, notices)
  // A JWS may sign any bytes: only base64url faults matter here, not JSON ones.
  const payloadProblem =
    detachedPayload === null
      ? (decoded.problems.find(
          (problem) => problem.part === 'payload' && !CONTENT_PROBLEMS.has(problem.code),
        )?.message ?? null)
      : scan(received.payload, 'payload', 'the detached payload')
  const part: SignedPart = {
    index: 0,
    protectedText: decoded.parts[0]?.text,
    protectedHeader: header,
    unprotectedHeader: undefined,
    header,
    payload: received.payload,
    unencoded,
    signatureText: signaturePart.text,
    payloadProblem: unencoded ? null : payloadProblem,
  }
  const compact = detachedPayload === null ? decoded.token : null
  return { ok: true, serialization: 'compact', parts: [part], compact, notices }
}
