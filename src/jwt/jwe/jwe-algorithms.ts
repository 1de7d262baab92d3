/**
 * The JWE algorithms of RFC 7518 §4 and §5 as the workbench explains them: how
 * the content encryption key (CEK) reaches the recipient, what the recipient
 * needs to recover it, and whether jose 6 can do it here.
 */

/** How a key management algorithm gets the CEK to the recipient (RFC 7516 §2). */
export type KeyManagementMode =
  | 'direct-encryption'
  | 'key-encryption'
  | 'key-wrapping'
  | 'direct-key-agreement'
  | 'key-agreement-with-key-wrapping'
  | 'password'

/**
 * Whether jose can decrypt it: `opt-in` is PBES2, refused unless the caller
 * allows it, because a token can make the recipient run up to any number of
 * PBKDF2 rounds.
 */
export type Support = 'supported' | 'opt-in' | 'not-supported'

/** One key management algorithm (the JWE header's `alg`). */
export interface KeyManagementInfo {
  readonly alg: string
  readonly mode: KeyManagementMode
  readonly support: Support
  /** What the recipient needs, e.g. "the recipient's RSA private key". */
  readonly recipientKey: string
  /** How the CEK travels, in one sentence without its full stop. */
  readonly explanation: string
}

/** One content encryption algorithm (the JWE header's `enc`). */
export interface ContentEncryptionInfo {
  readonly enc: string
  readonly cekBytes: number
  readonly ivBytes: number
  readonly tagBytes: number
  readonly explanation: string
}

/** The key management algorithms encryptClaims offers. */
export type JweAlgorithm =
  | 'dir'
  | 'A128KW'
  | 'A256KW'
  | 'A128GCMKW'
  | 'A256GCMKW'
  | 'RSA-OAEP'
  | 'RSA-OAEP-256'
  | 'ECDH-ES'
  | 'ECDH-ES+A128KW'
  | 'ECDH-ES+A256KW'
  | 'PBES2-HS256+A128KW'
  | 'PBES2-HS512+A256KW'

/**
 * The content encryption algorithms encryptClaims offers. The 192-bit variants
 * are left out: Chromium's WebCrypto has no 192-bit AES keys.
 */
export type JweEncryption = 'A128GCM' | 'A256GCM' | 'A128CBC-HS256' | 'A256CBC-HS512'

/** Why RSA1_5 is refused, for every place that says so. */
export const RSA1_5_REFUSAL =
  'WebCrypto does not implement RSAES-PKCS1-v1_5, and RFC 8725 §3.2 advises against it because of padding-oracle attacks'

const RSA_KEY = "the recipient's RSA private key"
const EC_KEY = "the recipient's EC (P-256, P-384, P-521) or X25519 private key"
const SHARED = 'a secret key shared by sender and recipient'

const KEY_MANAGEMENT: readonly KeyManagementInfo[] = [
  {
    alg: 'RSA1_5',
    mode: 'key-encryption',
    support: 'not-supported',
    recipientKey: RSA_KEY,
    explanation: `RSAES-PKCS1-v1_5 encrypts the CEK with the recipient's public key; it is not supported here: ${RSA1_5_REFUSAL}`,
  },
  ...['RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512'].map((alg) => ({
    alg,
    mode: 'key-encryption' as const,
    support: 'supported' as const,
    recipientKey: RSA_KEY,
    explanation: `${alg} encrypts the random CEK with the recipient's RSA public key; only the private key recovers it`,
  })),
  ...['A128KW', 'A192KW', 'A256KW'].map((alg) => ({
    alg,
    mode: 'key-wrapping' as const,
    support: 'supported' as const,
    recipientKey: `${SHARED}, ${alg.slice(1, 4)} bits long`,
    explanation: `AES Key Wrap (RFC 3394) wraps the random CEK with a ${alg.slice(1, 4)}-bit shared key`,
  })),
  ...['A128GCMKW', 'A192GCMKW', 'A256GCMKW'].map((alg) => ({
    alg,
    mode: 'key-wrapping' as const,
    support: 'supported' as const,
    recipientKey: `${SHARED}, ${alg.slice(1, 4)} bits long`,
    explanation: `AES-GCM encrypts the random CEK with a ${alg.slice(1, 4)}-bit shared key; its own IV and tag travel in the header as "iv" and "tag"`,
  })),
  {
    alg: 'dir',
    mode: 'direct-encryption',
    support: 'supported',
    recipientKey: `${SHARED}, exactly as long as the CEK`,
    explanation:
      'With "dir" the shared key is itself the CEK, so nothing is sent for it and the encrypted key is empty',
  },
  {
    alg: 'ECDH-ES',
    mode: 'direct-key-agreement',
    support: 'supported',
    recipientKey: EC_KEY,
    explanation:
      'ECDH-ES direct key agreement: the CEK is derived from the sender\'s one-time key ("epk") and the recipient\'s key, so nothing is sent for it and the encrypted key is empty',
  },
  ...['ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW'].map((alg) => ({
    alg,
    mode: 'key-agreement-with-key-wrapping' as const,
    support: 'supported' as const,
    recipientKey: EC_KEY,
    explanation: `ECDH-ES derives a ${alg.slice(9, 12)}-bit key from the sender's one-time key ("epk") and the recipient's key, and AES Key Wrap wraps the random CEK with it`,
  })),
  ...['PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW'].map((alg) => ({
    alg,
    mode: 'password' as const,
    support: 'opt-in' as const,
    recipientKey: 'the password',
    explanation: `PBKDF2 turns a password into a key ("p2s" salt, "p2c" rounds), and AES Key Wrap wraps the random CEK with it`,
  })),
]

const CONTENT_ENCRYPTION: readonly ContentEncryptionInfo[] = [
  gcm('A128GCM', 16),
  gcm('A192GCM', 24),
  gcm('A256GCM', 32),
  cbc('A128CBC-HS256', 32, 16),
  cbc('A192CBC-HS384', 48, 24),
  cbc('A256CBC-HS512', 64, 32),
]

/** What a JWE `alg` does, or null for a name RFC 7518 and jose do not define. */
export function keyManagementInfo(alg: unknown): KeyManagementInfo | null {
  return KEY_MANAGEMENT.find((info) => info.alg === alg) ?? null
}

/** What a JWE `enc` does, or null for a name RFC 7518 does not define. */
export function contentEncryptionInfo(enc: unknown): ContentEncryptionInfo | null {
  return CONTENT_ENCRYPTION.find((info) => info.enc === enc) ?? null
}

/** True when the encrypted key segment is empty by design for this `alg`. */
export function hasNoEncryptedKey(info: KeyManagementInfo): boolean {
  return info.mode === 'direct-encryption' || info.mode === 'direct-key-agreement'
}

function gcm(enc: string, cekBytes: number): ContentEncryptionInfo {
  return {
    enc,
    cekBytes,
    ivBytes: 12,
    tagBytes: 16,
    explanation: `AES-GCM with a ${cekBytes * 8}-bit CEK encrypts and authenticates in one step (RFC 7518 §5.3)`,
  }
}

function cbc(enc: string, cekBytes: number, tagBytes: number): ContentEncryptionInfo {
  return {
    enc,
    cekBytes,
    ivBytes: 16,
    tagBytes,
    explanation: `AES-CBC encrypts with half of the ${cekBytes * 8}-bit CEK and HMAC-SHA-${tagBytes * 16} authenticates with the other half (RFC 7518 §5.2)`,
  }
}
