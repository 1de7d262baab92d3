import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signingAlgorithmInfo } from '../../../../src/jwt/sign/signing-algorithms'
import {
  readPrivateKey,
  type PrivateKeyPurpose,
} from '../../../../src/ui/workbench/encoder/read-private-key'

const ES256: PrivateKeyPurpose = {
  operation: 'sign',
  alg: 'ES256',
  needs: signingAlgorithmInfo('ES256').key,
}
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
const PKCS8_PEM = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
const PRIVATE_JWK = { ...privateKey.export({ format: 'jwk' }), kid: 'ec-1' }
const PUBLIC_JWK = publicKey.export({ format: 'jwk' })

describe('readPrivateKey', () => {
  it('imports a PEM PKCS #8 EC key for ES256, with its public half', async () => {
    const read = await readPrivateKey(PKCS8_PEM, ES256)

    if (!read.ok) throw new Error(read.message)
    expect(read.summary).toBe('EC private key on P-256, from PEM PKCS #8')
    expect(read.publicKey?.type).toBe('public')
    expect(read.notices).toEqual([])
  })

  it('tidies Windows line endings in a pasted PEM and says so', async () => {
    const read = await readPrivateKey(PKCS8_PEM.replaceAll('\n', '\r\n'), ES256)

    expect(read.ok).toBe(true)
    expect(read.notices).toEqual([
      'turned Windows line endings (CR LF) into plain line breaks',
    ])
  })

  it('imports a private JWK and names its kid', async () => {
    const read = await readPrivateKey(JSON.stringify(PRIVATE_JWK), ES256)

    if (!read.ok) throw new Error(read.message)
    expect(read.summary).toBe('EC private key on P-256, kid "ec-1", from a JWK')
  })

  it('picks the entry of a JWKS named by kid when decrypting', async () => {
    const keys = { keys: [{ ...PRIVATE_JWK, kid: 'other' }, PRIVATE_JWK] }
    const read = await readPrivateKey(JSON.stringify(keys), {
      operation: 'decrypt',
      alg: 'ECDH-ES',
      needs: 'an EC private key',
      kid: 'ec-1',
    })

    if (!read.ok) throw new Error(read.message)
    expect(read.summary).toBe('EC private key on P-256, kid "ec-1", from a JWK')
    expect(read.publicKey).toBeNull()
  })

  it('refuses a public JWK: it can only verify', async () => {
    const read = await readPrivateKey(JSON.stringify(PUBLIC_JWK), ES256)

    expect(read).toEqual({
      ok: false,
      message:
        'this is a public JWK, without "d", which can only verify: signing ES256 needs an EC private key on curve P-256; its public key verifies',
      notices: [],
    })
  })

  it('says how to convert a PKCS #1 RSA private key, which WebCrypto cannot import', async () => {
    const pkcs1 = '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'

    const read = await readPrivateKey(pkcs1, { ...ES256, alg: 'RS256' })

    expect(read.ok ? null : read.message).toBe(
      'this is a PKCS #1 RSA private key, which WebCrypto cannot import: convert it to PKCS #8 first (openssl pkey -in key.pem -out key-pkcs8.pem)',
    )
  })

  it('refuses a P-256 key for RS256 with what RS256 needs', async () => {
    const read = await readPrivateKey(PKCS8_PEM, {
      operation: 'sign',
      alg: 'RS256',
      needs: signingAlgorithmInfo('RS256').key,
    })

    expect(read.ok ? null : read.message).toMatch(
      /^this key cannot sign RS256 \(.+\): RS256 needs an RSA private key \(2048 bits or more\); its public key verifies$/,
    )
  })

  it('refuses text that is neither PEM nor JWK', async () => {
    const read = await readPrivateKey('hunter2', ES256)

    expect(read.ok ? null : read.message).toBe(
      'this is neither a PEM block nor a JWK: paste a private key that starts with "-----BEGIN PRIVATE KEY-----" or "{"; ES256 needs an EC private key on curve P-256; its public key verifies',
    )
  })
})
