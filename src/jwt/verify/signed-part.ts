import { scanSegment } from '../base64url-segment'
import type { JsonObject } from '../json-segment'
import type { PartName, TokenNotice } from '../token-problem'
import { isSupportedJweAlgorithm, notSupportedMessage } from './jws-algorithms'
import type { Serialization, VerifyFailure } from './verify-result'

/** One signature of a JWS with everything it covers, exactly as received. */
export interface SignedPart {
  /** 0, or the signature's place in a general JSON JWS. */
  readonly index: number
  /** The base64url protected header as received; undefined when there is none. */
  readonly protectedText: string | undefined
  readonly protectedHeader: JsonObject
  readonly unprotectedHeader: JsonObject | undefined
  /** Protected and unprotected parameters together. */
  readonly header: JsonObject
  /** The payload as received: base64url, or raw text when `b64` is false. */
  readonly payload: string
  /** True when the header says b64: false and lists it in crit (RFC 7797). */
  readonly unencoded: boolean
  readonly signatureText: string
  /** What is wrong with the payload segment, reported once the header is checked. */
  readonly payloadProblem: string | null
}

/** A pasted JWS split into its signatures, or why it is no JWS that can be verified. */
export type JwsReading =
  | {
      readonly ok: true
      readonly serialization: Serialization
      readonly parts: readonly SignedPart[]
      /** The compact token as received, when it carries its own payload. */
      readonly compact: string | null
      readonly notices: readonly TokenNotice[]
    }
  | {
      readonly ok: false
      readonly failure: VerifyFailure
      readonly header: JsonObject | null
      readonly notices: readonly TokenNotice[]
    }

/** A reading that found no verifiable JWS. */
export type Failed = Extract<JwsReading, { ok: false }>

/** The payload to verify: the one received, or the detached one for an empty segment. */
export function detachedPart(
  segment: string,
  detachedPayload: string | null,
): { ok: true; payload: string } | { ok: false; message: string } {
  if (detachedPayload === null) return { ok: true, payload: segment }
  if (segment !== '') {
    return {
      ok: false,
      message:
        'malformed: a detached payload was given, but the token carries a payload of its own; detached content goes with an empty payload segment (RFC 7515 Appendix F)',
    }
  }
  return { ok: true, payload: detachedPayload }
}

/** True when the protected header switches base64url off for the payload (RFC 7797 §3). */
export function isUnencoded(protectedHeader: JsonObject): boolean {
  const crit = protectedHeader['crit']
  return protectedHeader['b64'] === false && Array.isArray(crit) && crit.includes('b64')
}

/** The first fault of a segment read as strict base64url, or null. */
export function scan(text: string, part: PartName, within: string): string | null {
  const index = part === 'signature' ? 2 : 1
  return (
    scanSegment(text, { index, part, offset: 0, within }).problems[0]?.message ?? null
  )
}

/** Why a JWE is not verified here: not supported, or to be decrypted first. */
export function encrypted(
  header: JsonObject | null,
  notices: readonly TokenNotice[],
): Failed {
  const alg = header?.['alg']
  const enc = header?.['enc']
  if (typeof alg === 'string' && !isSupportedJweAlgorithm(alg)) {
    const failure = {
      check: 'not-supported' as const,
      message: notSupportedMessage(alg, 'JWE'),
    }
    return { ok: false, failure, header, notices }
  }
  const named = [alg, enc].filter((value) => typeof value === 'string').join(' with ')
  return format(
    `this is an encrypted token (JWE${named === '' ? '' : `, ${named}`}): it has no signature to verify. Decrypt it with the recipient's key first; when its header says cty "JWT", the plaintext is a signed token to verify next (RFC 7519 §5.2)`,
    header,
    notices,
  )
}

/** A `format` failure with the header read so far. */
export function format(
  message: string,
  header: JsonObject | null,
  notices: readonly TokenNotice[],
): Failed {
  return { ok: false, failure: { check: 'format', message }, header, notices }
}
