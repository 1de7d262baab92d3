import { scanSegment } from '../base64url-segment'
import { decodeJsonSegment, isJsonObject, type JsonObject } from '../json-segment'
import {
  detachedPart,
  encrypted,
  format,
  isUnencoded,
  scan,
  type Failed,
  type JwsReading,
  type SignedPart,
} from './signed-part'

/**
 * Reads a flattened or general JSON JWS (RFC 7515 §7.2) into its signatures,
 * keeping every member exactly as received.
 */
export function readJsonJws(text: string, detachedPayload: string | null): JwsReading {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return format(
      `malformed: the token starts with "{" but is not JSON (${detail})`,
      null,
      [],
    )
  }
  if (!isJsonObject(parsed)) return format('malformed: a JSON JWS is an object', null, [])
  if ('ciphertext' in parsed) {
    const encoded = parsed['protected']
    return encrypted(typeof encoded === 'string' ? protectedOf(encoded).value : null, [])
  }
  const general = 'signatures' in parsed
  const entries: unknown = general ? parsed['signatures'] : [parsed]
  if (!Array.isArray(entries) || entries.length === 0) {
    return format(
      'malformed: "signatures" must be a non-empty array (RFC 7515 §7.2.1)',
      null,
      [],
    )
  }
  const parts: SignedPart[] = []
  for (const [index, entry] of entries.entries()) {
    const part = readEntry(entry, index, parsed['payload'], detachedPayload)
    if ('failure' in part) return part
    parts.push(part)
  }
  return {
    ok: true,
    serialization: general ? 'general' : 'flattened',
    parts,
    compact: null,
    notices: [],
  }
}

function readEntry(
  entry: unknown,
  index: number,
  payload: unknown,
  detachedPayload: string | null,
): SignedPart | Failed {
  const where = `signature ${index + 1}`
  if (!isJsonObject(entry))
    return format(`malformed: ${where} is not a JSON object`, null, [])
  const { protected: encoded, header: unprotected, signature } = entry
  if (encoded !== undefined && typeof encoded !== 'string') {
    return format(
      `malformed: "protected" of ${where} must be a base64url string`,
      null,
      [],
    )
  }
  const prot = encoded === undefined ? { value: {}, problem: null } : protectedOf(encoded)
  const protectedHeader = prot.value
  if (protectedHeader === null)
    return format(`malformed: ${prot.problem ?? ''}`, null, [])
  if (unprotected !== undefined && !isJsonObject(unprotected)) {
    return format(
      `malformed: "header" of ${where} must be a JSON object`,
      protectedHeader,
      [],
    )
  }
  if (encoded === undefined && unprotected === undefined) {
    return format(`malformed: ${where} has neither "protected" nor "header"`, null, [])
  }
  const header = { ...protectedHeader, ...unprotected }
  const shared = Object.keys(unprotected ?? {}).filter((name) => name in protectedHeader)
  if (shared.length > 0) {
    return format(
      `malformed: ${shared.map((name) => `"${name}"`).join(', ')} appear in both the protected and the unprotected header, which must be disjoint (RFC 7515 §7.2.1)`,
      header,
      [],
    )
  }
  const signatureProblem =
    typeof signature === 'string'
      ? scan(signature, 'signature', `the "signature" member of ${where}`)
      : `${where} has no "signature" string`
  if (signatureProblem !== null)
    return format(`malformed: ${signatureProblem}`, header, [])
  if (payload !== undefined && typeof payload !== 'string') {
    return format('malformed: "payload" must be a string', header, [])
  }
  const received = detachedPart(payload ?? '', detachedPayload)
  if (!received.ok) return format(received.message, header, [])
  const unencoded = isUnencoded(protectedHeader)
  return {
    index,
    protectedText: encoded,
    protectedHeader,
    unprotectedHeader: unprotected,
    header,
    payload: received.payload,
    unencoded,
    signatureText: String(signature),
    payloadProblem: unencoded ? null : scan(received.payload, 'payload', 'the payload'),
  }
}

function protectedOf(encoded: string): {
  value: JsonObject | null
  problem: string | null
} {
  const place = {
    index: 0,
    part: 'header' as const,
    offset: 0,
    within: 'the "protected" member',
  }
  const scanned = scanSegment(encoded, place)
  if (scanned.problems.length > 0 || scanned.decodable === null) {
    return { value: null, problem: scanned.problems[0]?.message ?? null }
  }
  const json = decodeJsonSegment(scanned.decodable, place)
  return { value: json.value, problem: json.problems[0]?.message ?? null }
}
