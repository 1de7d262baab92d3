import {
  base64url,
  exportJWK,
  generateKeyPair,
  generateSecret,
  type CryptoKey,
} from 'jose'
import { describe, expect, it } from 'vitest'
import { decryptJwe, type JweKeyInput } from '../../../src/jwt/jwe/decrypt-jwe'
import { encryptClaims } from '../../../src/jwt/jwe/encrypt-claims'
import type { JweAlgorithm, JweEncryption } from '../../../src/jwt/jwe/jwe-algorithms'

const CLAIMS = { sub: 'student-7', scope: 'read:grades', iat: 1768478400 }
const CLAIMS_TEXT = '{"sub":"student-7","scope":"read:grades","iat":1768478400}'
const PASSWORD = new TextEncoder().encode('correct horse battery staple')

interface KeyPair {
  readonly encryptWith: JweKeyInput
  readonly decryptWith: JweKeyInput
}

const shared = (key: JweKeyInput): KeyPair => ({ encryptWith: key, decryptWith: key })
const pair = async (alg: string, crv?: string): Promise<KeyPair> => {
  const keys = await generateKeyPair(alg, { extractable: true, ...(crv ? { crv } : {}) })
  return { encryptWith: keys.publicKey, decryptWith: keys.privateKey }
}
const secret = async (alg: string) =>
  shared((await generateSecret(alg, { extractable: true })) as CryptoKey | Uint8Array)

const CASES: readonly [JweAlgorithm, JweEncryption, string, () => Promise<KeyPair>][] = [
  ['dir', 'A128GCM', 'a 128-bit AES key', () => secret('A128GCM')],
  ['dir', 'A256GCM', 'a 256-bit AES key', () => secret('A256GCM')],
  ['dir', 'A128CBC-HS256', '32 raw bytes', () => secret('A128CBC-HS256')],
  ['dir', 'A256CBC-HS512', '64 raw bytes', () => secret('A256CBC-HS512')],
  ['A128KW', 'A128GCM', 'a 128-bit wrapping key', () => secret('A128KW')],
  ['A256KW', 'A256CBC-HS512', 'a 256-bit wrapping key', () => secret('A256KW')],
  ['A128GCMKW', 'A128CBC-HS256', 'a 128-bit AES-GCM key', () => secret('A128GCMKW')],
  ['A256GCMKW', 'A256GCM', 'a 256-bit AES-GCM key', () => secret('A256GCMKW')],
  ['RSA-OAEP', 'A256GCM', 'an RSA key pair', () => pair('RSA-OAEP')],
  ['RSA-OAEP-256', 'A128CBC-HS256', 'an RSA key pair', () => pair('RSA-OAEP-256')],
  ['ECDH-ES', 'A256GCM', 'a P-256 key pair', () => pair('ECDH-ES', 'P-256')],
  ['ECDH-ES', 'A128GCM', 'an X25519 key pair', () => pair('ECDH-ES', 'X25519')],
  [
    'ECDH-ES+A128KW',
    'A128GCM',
    'a P-384 key pair',
    () => pair('ECDH-ES+A128KW', 'P-384'),
  ],
  [
    'ECDH-ES+A256KW',
    'A256CBC-HS512',
    'a P-521 key pair',
    () => pair('ECDH-ES+A256KW', 'P-521'),
  ],
  ['PBES2-HS256+A128KW', 'A128GCM', 'a password', async () => shared(PASSWORD)],
  ['PBES2-HS512+A256KW', 'A256GCM', 'a password', async () => shared(PASSWORD)],
]

describe('encryptClaims then decryptJwe', () => {
  it.each(CASES)(
    'round-trips %s with %s under %s',
    async (alg, enc, _keyName, makeKeys) => {
      const keys = await makeKeys()
      const encrypted = await encryptClaims(CLAIMS, keys.encryptWith, {
        alg,
        enc,
        kid: 'k-1',
      })
      if (!encrypted.ok) throw new Error(encrypted.message)

      const decrypted = await decryptJwe(encrypted.token, keys.decryptWith, {
        allowPbes2: alg.startsWith('PBES2'),
      })

      if (!decrypted.ok) throw new Error(decrypted.message)
      expect(decrypted.claims).toEqual(CLAIMS)
      expect(decrypted.text).toBe(CLAIMS_TEXT)
      expect(decrypted.header).toMatchObject({ alg, enc, kid: 'k-1' })
      expect([decrypted.alg, decrypted.enc]).toEqual([alg, enc])
      expect(decrypted.nested).toBeNull()
    },
  )

  it('shows encoded claims anyone can read beside the ciphertext only the key opens', async () => {
    const key = await generateSecret('A256GCM', { extractable: true })
    const encrypted = await encryptClaims(CLAIMS, key, { alg: 'dir', enc: 'A256GCM' })
    if (!encrypted.ok) throw new Error(encrypted.message)

    expect(encrypted.claimsText).toBe(CLAIMS_TEXT)
    expect(encrypted.encoded).toBe(
      'eyJzdWIiOiJzdHVkZW50LTciLCJzY29wZSI6InJlYWQ6Z3JhZGVzIiwiaWF0IjoxNzY4NDc4NDAwfQ',
    )
    expect(new TextDecoder().decode(base64url.decode(encrypted.encoded))).toBe(
      CLAIMS_TEXT,
    )
    expect(encrypted.header).toEqual({ alg: 'dir', enc: 'A256GCM' })
    expect(encrypted.ciphertext).toBe(encrypted.token.split('.')[3])
    expect(base64url.decode(encrypted.ciphertext)).toHaveLength(CLAIMS_TEXT.length)
    expect(encrypted.token).not.toContain(encrypted.encoded)
  })

  it('decrypts with the private key exported as a JWK as well as with the CryptoKey', async () => {
    const keys = await generateKeyPair('ECDH-ES', { extractable: true })
    const encrypted = await encryptClaims(CLAIMS, keys.publicKey, {
      alg: 'ECDH-ES+A128KW',
      enc: 'A128GCM',
    })
    if (!encrypted.ok) throw new Error(encrypted.message)

    const decrypted = await decryptJwe(encrypted.token, await exportJWK(keys.privateKey))

    expect(decrypted.ok && decrypted.claims).toEqual(CLAIMS)
  })

  it('adds the ephemeral public key to the header for ECDH-ES, and no encrypted key', async () => {
    const keys = await generateKeyPair('ECDH-ES', { extractable: true })
    const encrypted = await encryptClaims(CLAIMS, keys.publicKey, {
      alg: 'ECDH-ES',
      enc: 'A128GCM',
    })
    if (!encrypted.ok) throw new Error(encrypted.message)

    expect(Object.keys(encrypted.header)).toEqual(['alg', 'enc', 'epk'])
    expect(encrypted.header['epk']).toMatchObject({ kty: 'EC', crv: 'P-256' })
    expect(encrypted.token.split('.')[1]).toBe('')
  })
})
