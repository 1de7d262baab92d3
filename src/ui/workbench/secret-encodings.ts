import type { SecretEncoding } from '../../jwt/keys/hmac-secret'
import type { SecretEncodingOption } from '../shared/SecretEncodingChoice'

/**
 * The two readings of a typed secret, named the same in Verify and in Sign: the
 * bytes reading takes base64 and base64url alike, so its label names both.
 */
export const SECRET_ENCODINGS: readonly SecretEncodingOption<SecretEncoding>[] = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64', label: 'base64 or base64url bytes' },
]
