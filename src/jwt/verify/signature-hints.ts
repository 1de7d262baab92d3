import { base64url, type JWK } from 'jose'
import type { VerificationKey } from '../keys/key-reading'
import { joseVerify } from './jose-verify'
import type { SignedPart } from './jws-input'
import type { JwsAlgorithm } from './jws-algorithms'
import { derToRaw, type SignatureShape } from './signature-shape'

/**
 * Second opinions for a failed check: what would have verified had the learner
 * done one thing differently. They only explain; the verdict stays what jose said
 * about the bytes received, and nothing here is ever offered as "verified".
 */

/** The sentence to add to a failed signature check, or ''. */
export async function signatureHints(
  part: SignedPart,
  compact: string | null,
  key: VerificationKey,
  entry: JwsAlgorithm,
  shape: SignatureShape | null,
): Promise<string> {
  const algorithms = [entry.alg]
  const other = key.otherSecretReading
  if (other !== null) {
    const verifies = (await joseVerify(part, compact, other.bytes, algorithms)).ok
    if (verifies) {
      const as = other.format === 'secret-base64' ? 'as base64' : 'as UTF-8 text'
      const choice =
        other.format === 'secret-base64' ? 'base64 or base64url bytes' : 'UTF-8 text'
      return ` Read ${as} instead (${other.bytes.length} bytes), the same secret does verify this token: under "Read a secret as", choose "${choice}". The choice only changes how the text becomes key bytes.`
    }
  }
  if (shape?.form === 'ecdsa-der' && shape.halves !== null) {
    const raw = derToRaw(base64url.decode(part.signatureText), shape.halves.halfBytes)
    const converted = raw === null ? '' : base64url.encode(raw)
    const verifies =
      raw !== null &&
      (await joseVerify(part, compact, key.material, algorithms, converted)).ok
    return verifies
      ? ' Rewritten as R ‖ S, the same signature does verify: the signer emitted DER and must convert it; a verifier must not.'
      : ' Even rewritten as R ‖ S it does not verify, so the key or the signed bytes differ as well.'
  }
  return ' Either the token was changed after it was signed, or it was signed with another key.'
}

/**
 * Checks an RSA signature's arithmetic with WebCrypto directly, for a key jose
 * refuses as too small, so the learner hears whether the signature is right and
 * the key is the only problem. Null when WebCrypto will not say either.
 */
export async function rsaArithmeticHolds(
  part: SignedPart,
  material: JWK | Uint8Array,
  entry: JwsAlgorithm,
): Promise<boolean | null> {
  if (material instanceof Uint8Array) return null
  const hash = `SHA-${entry.hashBits}`
  const pss = entry.alg.startsWith('PS')
  try {
    const jwk: JsonWebKey = { kty: 'RSA' }
    if (material.n !== undefined) jwk.n = material.n
    if (material.e !== undefined) jwk.e = material.e
    const key = await crypto.subtle.importKey(
      'jwk',
      jwk,
      { name: pss ? 'RSA-PSS' : 'RSASSA-PKCS1-v1_5', hash },
      false,
      ['verify'],
    )
    const params = pss
      ? { name: 'RSA-PSS', saltLength: entry.hashBits / 8 }
      : key.algorithm
    const signed = new TextEncoder().encode(`${part.protectedText ?? ''}.${part.payload}`)
    const signature = new Uint8Array(base64url.decode(part.signatureText))
    return await crypto.subtle.verify(params, key, signature, signed)
  } catch {
    return null
  }
}
