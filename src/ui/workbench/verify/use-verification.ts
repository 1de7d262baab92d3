import { useMemo } from 'react'
import type { VerificationKey } from '../../../jwt/keys/key-reading'
import type { VerifyOptions } from '../../../jwt/verify/verify-options'
import type { VerifyResult } from '../../../jwt/verify/verify-result'
import { verifyToken } from '../../../jwt/verify/verify-token'
import { useSettled, type Outcome } from '../use-settled'

/** A verification on screen: nothing to check, being checked, or checked. */
export type VerificationState =
  | { readonly status: 'waiting' }
  | { readonly status: 'checking' }
  | { readonly status: 'done'; readonly outcome: Outcome<VerifyResult> }

interface VerifyRequest {
  readonly token: string
  readonly key: VerificationKey
  readonly options: VerifyOptions
}

const verify = ({ token, key, options }: VerifyRequest) =>
  verifyToken(token, key, options)

/**
 * Verifies `token` with `key` whenever either or the options (memoized by the
 * caller) change, never touching the token text. While the live clock ticks the
 * last verdict stays on screen until the new one arrives, so it changes only when
 * the answer does; a new token, key or setting shows "checking" until its own.
 */
export function useVerification(
  token: string,
  key: VerificationKey | null,
  options: VerifyOptions,
): VerificationState {
  const request = useMemo(
    () => (key === null || token.trim() === '' ? null : { token, key, options }),
    [token, key, options],
  )
  const settled = useSettled(request, verify)
  if (request === null) return { status: 'waiting' }
  if (settled === null || !sameButClock(settled.request, request)) {
    return { status: 'checking' }
  }
  return { status: 'done', outcome: settled.outcome }
}

function sameButClock(a: VerifyRequest, b: VerifyRequest): boolean {
  if (a === b) return true
  // JSON leaves out a member set to undefined, so the clock drops out of the comparison.
  const settings = (options: VerifyOptions) =>
    JSON.stringify({ ...options, now: undefined })
  return (
    a.token === b.token && a.key === b.key && settings(a.options) === settings(b.options)
  )
}
