import {
  compactVerify,
  errors,
  flattenedVerify,
  type FlattenedJWSInput,
  type JWK,
} from 'jose'
import type { SignedPart } from './jws-input'
import type { VerifyFailure } from './verify-result'

/** jose's answer for one signature: verified, or the error it threw. */
export type JoseAnswer =
  { readonly ok: true } | { readonly ok: false; readonly error: unknown }

/** WebCrypto's names for a key or operation it cannot use. */
const WEBCRYPTO_REFUSALS = new Set([
  'DataError',
  'NotSupportedError',
  'InvalidAccessError',
  'OperationError',
])

/**
 * Asks jose to verify one signature with the exact text received: the compact
 * token itself when there is one, otherwise the flattened parts. jose gives the
 * verdict; the steps around it only explain.
 */
export async function joseVerify(
  part: SignedPart,
  compact: string | null,
  material: JWK | Uint8Array,
  algorithms: readonly string[],
  signatureText: string = part.signatureText,
): Promise<JoseAnswer> {
  const options = { algorithms: [...algorithms] }
  try {
    if (compact !== null && signatureText === part.signatureText) {
      await compactVerify(compact, material, options)
    } else {
      await flattenedVerify(flattened(part, signatureText), material, options)
    }
    return { ok: true }
  } catch (error) {
    return { ok: false, error }
  }
}

/** Names the check behind an error jose threw, or rethrows what no check explains. */
export function joseFailure(error: unknown, alg: string): VerifyFailure {
  const reason = error instanceof Error ? error.message : String(error)
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { check: 'signature', message: 'signature does not match' }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return {
      check: 'algorithm-not-allowed',
      message: `jose refused alg ${alg}: ${reason}`,
    }
  }
  if (error instanceof errors.JOSENotSupported) {
    const crit = reason.startsWith('Extension Header Parameter')
    return { check: crit ? 'crit' : 'not-supported', message: `jose: ${reason}` }
  }
  if (error instanceof errors.JOSEError) {
    return { check: 'format', message: `malformed: jose refused the JWS: ${reason}` }
  }
  // jose's key checks throw TypeError, e.g. "RS256 requires key modulusLength to be 2048 bits".
  if (error instanceof TypeError) {
    return { check: 'key-refused', message: `jose refused the key for ${alg}: ${reason}` }
  }
  if (isWebCryptoRefusal(error)) {
    return {
      check: 'key-refused',
      message: `WebCrypto refused the key for ${alg} (${reason}): it is damaged or not a key of that kind`,
    }
  }
  throw error
}

function isWebCryptoRefusal(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    typeof error.name === 'string' &&
    WEBCRYPTO_REFUSALS.has(error.name)
  )
}

function flattened(part: SignedPart, signature: string): FlattenedJWSInput {
  const input: FlattenedJWSInput = { payload: part.payload, signature }
  if (part.protectedText !== undefined) input.protected = part.protectedText
  if (part.unprotectedHeader !== undefined) input.header = { ...part.unprotectedHeader }
  return input
}
