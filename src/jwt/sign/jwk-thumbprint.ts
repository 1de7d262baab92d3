import { calculateJwkThumbprint, type CryptoKey, type JWK } from 'jose'
import { BouncerError } from '../../errors/bouncer-error'

/**
 * The RFC 7638 thumbprint of a key: SHA-256 over the key's required public
 * members in a fixed order, as base64url. Two copies of the same key, with or
 * without `kid`, `use` or private members, get the same thumbprint, which is
 * why it makes a good `kid`. A secret (oct) key's thumbprint hashes the secret
 * itself: fine for random bytes, but it lets anyone test guesses of a typed
 * password, so show it only for generated secrets.
 */
export async function jwkThumbprint(key: JWK | CryptoKey): Promise<string> {
  try {
    return await calculateJwkThumbprint(key, 'sha256')
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    throw new BouncerError(
      'keys.thumbprint-failed',
      `Cannot compute the JWK thumbprint: ${reason.replace(/\.$/, '')}. A thumbprint needs a JWK with "kty" and its required members (RFC 7638 §3.2), or an extractable key.`,
      { cause },
    )
  }
}
