import type { JweKeyInput } from '../../../jwt/jwe/decrypt-jwe'
import type { JweDescription } from '../../../jwt/jwe/describe-jwe'
import { readSecret } from '../../../jwt/keys/hmac-secret'
import { hasArmour } from '../../../jwt/keys/pem-text'
import { readPrivateKey } from '../encoder/read-private-key'

/** A key the decrypter can use, said in words; or why the pasted text is none. */
export type DecryptionKeyReading =
  | {
      readonly ok: true
      readonly key: JweKeyInput
      /** E.g. "EC private key on P-256, from a JWK" or "32-byte shared key". */
      readonly summary: string
      readonly notices: readonly string[]
    }
  | { readonly ok: false; readonly message: string; readonly notices: readonly string[] }

const encoder = new TextEncoder()

/**
 * Reads the key field of the JWE panel for the token's own `alg`: a private key
 * as JWK (or a JWKS, picked by the token's `kid`) or PEM PKCS #8, a shared key
 * as base64url bytes for `dir` and AES key wrapping, or, for PBES2, the
 * password exactly as typed. Never throws for any text.
 */
export async function readDecryptionKey(
  text: string,
  jwe: JweDescription,
): Promise<DecryptionKeyReading> {
  const { keyManagement, alg } = jwe
  if (keyManagement === null || alg === null) {
    return problem(
      jwe.findings[0] ??
        'the header names no key management algorithm, so no key can be chosen',
    )
  }
  if (keyManagement.mode === 'password') {
    if (text === '')
      return problem(`no password given: ${alg} needs ${keyManagement.recipientKey}`)
    const bytes = encoder.encode(text)
    return {
      ok: true,
      key: bytes,
      summary: `password, ${bytes.length} bytes of UTF-8`,
      notices: [],
    }
  }
  const trimmed = text.trim()
  if (hasArmour(trimmed) || trimmed.startsWith('{')) {
    const read = await readPrivateKey(trimmed, {
      operation: 'decrypt',
      alg,
      needs: keyManagement.recipientKey,
      kid: jwe.kid,
    })
    return read.ok
      ? { ok: true, key: read.key, summary: read.summary, notices: read.notices }
      : read
  }
  const shared =
    keyManagement.mode === 'key-wrapping' || keyManagement.mode === 'direct-encryption'
  if (!shared) {
    return problem(
      trimmed === ''
        ? `no key given: ${alg} needs ${keyManagement.recipientKey}, as a JWK or PEM ("BEGIN PRIVATE KEY")`
        : `${alg} needs ${keyManagement.recipientKey}: paste it as a JWK or as PEM ("BEGIN PRIVATE KEY"), not as bare text`,
    )
  }
  const secret = readSecret(text, 'base64')
  const notices = secret.notices.map((notice) => notice.message)
  if (!secret.ok) {
    const message =
      secret.problem.code === 'empty'
        ? `no key given: ${alg} needs ${keyManagement.recipientKey}, as base64url or as an oct JWK`
        : // The reader's advice to try UTF-8 fits a password, not a shared key.
          `${secret.problem.message.split('. If the secret')[0]?.replace(/^the secret/, 'the key')}; a shared key is bytes, pasted as base64url or as an oct JWK`
    return { ok: false, message, notices }
  }
  const bytes = secret.key.material as Uint8Array
  return {
    ok: true,
    key: bytes,
    summary: `${bytes.length}-byte shared key (${bytes.length * 8} bits), decoded from base64url`,
    notices,
  }
}

function problem(message: string): DecryptionKeyReading {
  return { ok: false, message, notices: [] }
}
