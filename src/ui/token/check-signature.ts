import { checkHmacSignature } from '../../jwt/hmac-check'
import type { HmacCheck } from '../../jwt/hmac-check'
import type { SecretEncoding } from '../../store/drafts'
import { NO_WEB_CRYPTO_CHECK, webCryptoAvailable } from '../shared/web-crypto'

/** A signature check and the exact inputs it was made for. */
export interface CheckedSignature {
  readonly token: string
  readonly secret: string
  readonly encoding: SecretEncoding
  readonly check: HmacCheck | null
  /** Why the check could not run at all, when it could not. */
  readonly error: string | null
}

/**
 * Checks a pasted token against key bytes, remembering which inputs the answer
 * belongs to. A check that cannot run (no Web Crypto on an insecure page) or
 * that fails becomes an answer too, so the box never goes blank.
 */
export async function checkSignature(
  inputs: {
    readonly token: string
    readonly secret: string
    readonly encoding: SecretEncoding
  },
  key: Uint8Array,
  now: number | null,
): Promise<CheckedSignature> {
  if (!webCryptoAvailable()) return { ...inputs, check: null, error: NO_WEB_CRYPTO_CHECK }
  try {
    const check = await checkHmacSignature(inputs.token, key, now ?? undefined)
    return { ...inputs, check, error: null }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ...inputs,
      check: null,
      error: `The signature could not be checked in this browser (${reason}). Try again; if it repeats, reload the page.`,
    }
  }
}
