import { checkHmacSignature } from '../../jwt/hmac-check'
import type { HmacCheck } from '../../jwt/hmac-check'

/** A signature check and the exact inputs it was made for. */
export interface CheckedSignature {
  readonly token: string
  readonly secret: string
  readonly check: HmacCheck | null
  /** Why the check could not run at all, when it could not. */
  readonly error: string | null
}

/**
 * Checks a pasted token against a secret, remembering which inputs the answer
 * belongs to. A failure of the check itself (no WebCrypto on an insecure page)
 * becomes an answer too, so the box never goes blank.
 */
export async function checkSignature(
  token: string,
  secret: string,
  now: number | null,
): Promise<CheckedSignature> {
  try {
    const check = await checkHmacSignature(token, secret, now ?? undefined)
    return { token, secret, check, error: null }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      token,
      secret,
      check: null,
      error: `The signature could not be checked in this browser (${reason}). WebCrypto needs https or localhost.`,
    }
  }
}
