import { describe, expect, it } from 'vitest'
import { readVerificationKey } from '../../../src/jwt/keys/read-verification-key'
import { JOSE_VECTORS, publicPart } from '../verify/vector-data'

const JWK_VECTORS = JOSE_VECTORS.filter((vector) => vector.type === 'jwk')

const BILBO = 'kid "bilbo.baggins@hobbiton.example"'
const P521 = `EC public key on P-521, ${BILBO}, from JSON Web Key (JWK)`
const RSA = `RSA public key, 2048-bit modulus, ${BILBO}, from JSON Web Key (JWK)`

/** What reading each published JWK (and, for a private one, its public part) gives. */
const EXPECTED: Readonly<Record<string, readonly string[]>> = {
  'rfc7520-3.1': [`imported: ${P521}`],
  'rfc7520-3.2': ['refused: private-key', `public part imported: ${P521}`],
  'rfc7520-3.3': [`imported: ${RSA}`],
  'rfc7520-3.4': ['refused: private-key', `public part imported: ${RSA}`],
  'rfc7520-3.5': [
    'imported: HMAC secret, 32 bytes, kid "018c0ae5-4d9b-471b-bfd6-eef314bc7037", for HS256 only, from JSON Web Key (JWK)',
  ],
  'rfc7520-3.6': ['refused: not-for-signing'],
  'rfc8037-A.1': [
    'refused: private-key',
    'public part imported: Ed25519 public key, from JSON Web Key (JWK)',
  ],
}

async function outcomes(jwk: Readonly<Record<string, string>>): Promise<string[]> {
  const reading = await readVerificationKey(JSON.stringify(jwk))
  if (reading.ok) return [`imported: ${reading.key.description.summary}`]
  const rows = [`refused: ${reading.problem.code}`]
  if (reading.problem.code === 'private-key') {
    const again = await readVerificationKey(JSON.stringify(publicPart(jwk)))
    rows.push(
      again.ok
        ? `public part imported: ${again.key.description.summary}`
        : 'public part refused',
    )
  }
  return rows
}

describe('jose vectors: JWK as verification keys', () => {
  it.each(
    JWK_VECTORS.map((vector) => [`${vector.id} (${vector.title})`, vector] as const),
  )('reads %s as recorded', async (_, vector) => {
    expect(await outcomes(vector.jwk ?? {})).toEqual(EXPECTED[vector.id])
  })

  it('covers every JWK vector, and tells why a private or encryption key is refused', async () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(
      JWK_VECTORS.map((vector) => vector.id).sort(),
    )
    const encryption = await readVerificationKey(
      JSON.stringify(JWK_VECTORS.find((vector) => vector.id === 'rfc7520-3.6')?.jwk),
    )
    expect(encryption.ok ? '' : encryption.problem.message).toBe(
      'this key is for encryption, not signatures: its "use" is "enc", not "sig" (RFC 7517 §4.2). Paste the public key that belongs to the token\'s signer',
    )
    const ed25519 = await readVerificationKey(
      JSON.stringify(JWK_VECTORS.find((vector) => vector.id === 'rfc8037-A.1')?.jwk),
    )
    expect(ed25519.ok ? '' : ed25519.problem.message).toBe(
      'this is a private key (it has "d"); paste the public key: the same JWK without those members. Verifying needs only the public part, and a private key should never leave its owner',
    )
  })
})
