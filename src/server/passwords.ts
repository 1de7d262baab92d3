import { base64url } from 'jose'
import { constantTimeEqual } from '../jwt/byte-compare'
import type { PasswordHash } from './server-state'

const SALT_BYTES = 16
const HASH_BITS = 256
const encoder = new TextEncoder()

/**
 * Hashes a password with PBKDF2-HMAC-SHA-256 and a fresh random salt, the way a
 * server stores it: the password itself is never kept.
 */
export async function hashPassword(
  password: string,
  iterations: number,
): Promise<PasswordHash> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES))
  const hash = await derive(password, salt, iterations)
  return {
    algorithm: 'PBKDF2-SHA256',
    iterations,
    salt: base64url.encode(salt),
    hash: base64url.encode(hash),
  }
}

/** Whether a typed password matches a stored hash, compared in constant time. */
export async function verifyPassword(
  password: string,
  stored: PasswordHash,
): Promise<boolean> {
  const salt = new Uint8Array(base64url.decode(stored.salt))
  const computed = await derive(password, salt, stored.iterations)
  return constantTimeEqual(computed, base64url.decode(stored.hash))
}

/**
 * Does the work of a password check for a user who does not exist, so the reply
 * takes as long as for a wrong password and its timing does not reveal which
 * usernames are registered.
 */
export async function spendPasswordCheckTime(
  password: string,
  iterations: number,
): Promise<void> {
  await derive(password, crypto.getRandomValues(new Uint8Array(SALT_BYTES)), iterations)
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  )
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  )
  return new Uint8Array(bits)
}
