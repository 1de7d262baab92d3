import { errors } from 'jose'
import { keyManagementInfo } from './jwe-algorithms'

/** Why a JWE could not be decrypted or made; stable, so the views can look up help. */
export type JweFailureCode =
  | 'not-jwe'
  | 'malformed'
  | 'invalid-jwe'
  | 'not-supported'
  | 'pbes2-not-allowed'
  | 'no-key'
  | 'wrong-key-type'
  | 'decryption-failed'

/** A refusal, returned rather than thrown: the learner's input is never a crash. */
export interface JweFailure {
  readonly ok: false
  readonly code: JweFailureCode
  /** What failed, why, and what to do, in one or two sentences. */
  readonly message: string
  /** jose's or WebCrypto's own error, when one of them refused. */
  readonly cause: unknown
}

/** Builds a failure result. */
export function jweFailure(
  code: JweFailureCode,
  message: string,
  cause?: unknown,
): JweFailure {
  return { ok: false, code, message, cause }
}

/**
 * Turns what jose or WebCrypto threw into a coded failure. jose throws a
 * TypeError when the key is of the wrong kind, JWEDecryptionFailed for a wrong
 * key or a changed token (it cannot tell them apart, by design), and
 * JOSENotSupported for algorithms and curves it does not implement.
 */
export function failureFromJose(
  cause: unknown,
  alg: string,
  operation: 'decrypt' | 'encrypt',
): JweFailure {
  const reason = (cause instanceof Error ? cause.message : String(cause)).replace(
    /\.$/,
    '',
  )
  const needs = keyManagementInfo(alg)?.recipientKey ?? 'the key the header names'
  const wrongKey = () =>
    jweFailure(
      'wrong-key-type',
      `this key cannot ${operation} ${alg} (${reason}): ${alg} needs ${operation === 'encrypt' ? publicSide(needs) : needs}`,
      cause,
    )
  if (cause instanceof errors.JWEDecryptionFailed) {
    return jweFailure(
      'decryption-failed',
      `decryption failed: this key does not open the token, or the token was changed after it was encrypted. The check of the authentication tag failed, so no plaintext was released; try ${needs}`,
      cause,
    )
  }
  if (cause instanceof errors.JOSEAlgNotAllowed) {
    return jweFailure(
      'pbes2-not-allowed',
      `${alg} is not allowed: password-based JWEs are refused unless explicitly allowed`,
      cause,
    )
  }
  if (cause instanceof errors.JOSENotSupported) {
    return jweFailure('not-supported', `not supported: ${reason}`, cause)
  }
  if (cause instanceof TypeError || cause instanceof errors.JWKInvalid) return wrongKey()
  if (cause instanceof errors.JWEInvalid) {
    // jose reports a dir key of the wrong size only through this message.
    if (reason.startsWith('Invalid Content Encryption Key length')) return wrongKey()
    return jweFailure('invalid-jwe', `the JWE is invalid: ${reason}`, cause)
  }
  return domFailure(cause, reason, wrongKey)
}

/** WebCrypto's own refusals, which jose lets through unchanged. */
function domFailure(
  cause: unknown,
  reason: string,
  wrongKey: () => JweFailure,
): JweFailure {
  const name = cause instanceof Error ? cause.name : ''
  if (name === 'NotSupportedError') {
    return jweFailure(
      'not-supported',
      `not supported by this browser's WebCrypto: ${reason}`,
      cause,
    )
  }
  if (name === 'DataError' || name === 'InvalidAccessError') return wrongKey()
  if (name === 'OperationError') {
    return jweFailure(
      'decryption-failed',
      `the cryptographic operation failed (${reason}): usually a wrong key`,
      cause,
    )
  }
  return jweFailure('invalid-jwe', `the JWE could not be processed: ${reason}`, cause)
}

function publicSide(needs: string): string {
  return needs.replace('private key', 'public key')
}
