/**
 * Whether this window offers the Web Crypto API (`crypto.subtle`), which checks
 * and makes HMAC signatures. Browsers offer it only to secure pages: https, or
 * http on localhost.
 */
export function webCryptoAvailable(): boolean {
  return globalThis.crypto?.subtle !== undefined
}

/** What the token box says when it cannot check a signature in this window. */
export const NO_WEB_CRYPTO_CHECK =
  'Signatures cannot be checked in this window: checking one computes an HMAC with the browser’s Web Crypto API, which browsers offer only to pages opened over https or on localhost. Decoding still works here; open Bouncer over https or on localhost to check signatures.'
