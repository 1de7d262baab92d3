import { describe, expect, it } from 'vitest'
import {
  readVerificationKey,
  type KeyReadingOptions,
} from '../../../src/jwt/keys/read-verification-key'
import {
  bareBase64,
  CERTIFICATE,
  CERTIFICATE_PUBLIC_KEY,
  keyPair,
  pemOf,
} from './arrange-keys'

const rsa = keyPair('rsa')
const summaryOf = async (text: string, options: KeyReadingOptions = {}) => {
  const reading = await readVerificationKey(text, options)
  return reading.ok
    ? reading.key.description.summary
    : `${reading.problem.code}: ${reading.problem.message}`
}
const problemOf = async (text: string) => {
  const reading = await readVerificationKey(text)
  return reading.ok ? null : reading.problem
}

describe('readVerificationKey: the formats people paste', () => {
  it('reads PEM public keys of every family, with size or curve', async () => {
    expect(await summaryOf(pemOf(rsa.publicKey, 'spki'))).toBe(
      'RSA public key, 2048-bit modulus, from PEM SubjectPublicKeyInfo (BEGIN PUBLIC KEY)',
    )
    for (const curve of ['P-256', 'P-384', 'P-521']) {
      const { publicKey } = keyPair('ec', { namedCurve: curve })
      expect(await summaryOf(pemOf(publicKey, 'spki'))).toBe(
        `EC public key on ${curve}, from PEM SubjectPublicKeyInfo (BEGIN PUBLIC KEY)`,
      )
    }
    expect(await summaryOf(pemOf(keyPair('ed25519').publicKey, 'spki'))).toBe(
      'Ed25519 public key, from PEM SubjectPublicKeyInfo (BEGIN PUBLIC KEY)',
    )
  })

  it('wraps a PKCS#1 "BEGIN RSA PUBLIC KEY", which importSPKI does not take, and says so', async () => {
    const reading = await readVerificationKey(pemOf(rsa.publicKey, 'pkcs1'))
    expect(reading.ok && reading.key.description.summary).toBe(
      'RSA public key, 2048-bit modulus, from PEM PKCS#1 RSA public key (BEGIN RSA PUBLIC KEY)',
    )
    expect(reading.notices.map((notice) => notice.code)).toEqual(['pkcs1-wrapped'])
    const spki = await readVerificationKey(pemOf(rsa.publicKey, 'spki'))
    expect(reading.ok && reading.key.material).toEqual(spki.ok && spki.key.material)
  })

  it('reads the key out of an X.509 certificate', async () => {
    expect(await summaryOf(CERTIFICATE)).toBe(
      'EC public key on P-256, from X.509 certificate (BEGIN CERTIFICATE)',
    )
    const fromCertificate = await readVerificationKey(CERTIFICATE)
    const fromKey = await readVerificationKey(CERTIFICATE_PUBLIC_KEY)
    expect(fromCertificate.ok && fromCertificate.key.material).toEqual(
      fromKey.ok && fromKey.key.material,
    )
  })

  it('adds the armour to bare base64 of an SPKI, a PKCS#1 key or a certificate', async () => {
    expect(await summaryOf(bareBase64(pemOf(rsa.publicKey, 'pkcs1')))).toBe(
      'RSA public key, 2048-bit modulus, from bare base64 DER PKCS#1 RSA public key (no BEGIN/END lines)',
    )
    const reading = await readVerificationKey(bareBase64(CERTIFICATE))
    expect(reading.ok && reading.key.description.format).toBe('der-x509')
    expect(reading.notices[0]?.message).toBe(
      'added the missing -----BEGIN CERTIFICATE----- and -----END CERTIFICATE----- lines: the pasted text is the bare base64 of an X.509 certificate',
    )
  })

  it('reads a JWK with its kid and alg, and keeps only the public values', async () => {
    const jwk = {
      ...rsa.publicKey.export({ format: 'jwk' }),
      kid: 'rsa-1',
      alg: 'PS256',
      use: 'sig',
    }
    const reading = await readVerificationKey(JSON.stringify(jwk))
    expect(reading.ok && reading.key.description.summary).toBe(
      'RSA public key, 2048-bit modulus, kid "rsa-1", for PS256 only, from JSON Web Key (JWK)',
    )
    expect(reading.ok && Object.keys(reading.key.material).sort()).toEqual([
      'alg',
      'e',
      'kid',
      'kty',
      'n',
    ])
  })
})

describe('readVerificationKey: what it refuses, and what it tells the learner to do', () => {
  it('refuses private keys in every form: "paste the public key"', async () => {
    const ec = keyPair('ec')
    const privateForms = [
      pemOf(rsa.privateKey, 'pkcs8'),
      pemOf(rsa.privateKey, 'pkcs1'),
      pemOf(ec.privateKey, 'sec1'),
      bareBase64(pemOf(rsa.privateKey, 'pkcs8')),
      JSON.stringify(ec.privateKey.export({ format: 'jwk' })),
    ]
    for (const text of privateForms) {
      const found = await problemOf(text)
      expect(found?.code).toBe('private-key')
      expect(found?.message).toMatch(/^this is a private key.*paste the public key/)
    }
  })

  it('says which keys JWS cannot use here, and why', async () => {
    const refusals = [
      [
        pemOf(keyPair('ec', { namedCurve: 'secp256k1' }).publicKey, 'spki'),
        'unsupported-key',
      ],
      [pemOf(keyPair('ed448').publicKey, 'spki'), 'unsupported-key'],
      [pemOf(keyPair('x25519').publicKey, 'spki'), 'not-for-signing'],
      [JSON.stringify({ kty: 'OKP', crv: 'X25519', x: 'AAAA' }), 'not-for-signing'],
      [
        JSON.stringify({ kty: 'EC', crv: 'secp256k1', x: 'AAAA', y: 'AAAA' }),
        'unsupported-key',
      ],
      [
        JSON.stringify({ kty: 'RSA', n: 'AQAB', e: 'AQAB', alg: 'RSA-OAEP' }),
        'not-for-signing',
      ],
      [JSON.stringify({ kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' }), 'key-rejected'],
      [JSON.stringify({ n: 'AQAB' }), 'invalid-jwk'],
      ['{"kty": "RSA", ', 'invalid-json'],
      [
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl me@host',
        'unsupported-format',
      ],
      [
        '-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n-----END CERTIFICATE REQUEST-----',
        'unsupported-format',
      ],
      ['   \n ', 'empty'],
    ] as const
    for (const [text, code] of refusals) expect((await problemOf(text))?.code).toBe(code)
    expect((await problemOf(refusals[9][0]))?.message).toBe(
      'this is an OpenSSH public key (the authorized_keys format); convert it to PEM first (ssh-keygen -e -m PKCS8 -f key.pub) and paste the -----BEGIN PUBLIC KEY----- block',
    )
  })

  it('reads anything else as an HMAC secret, as typed', async () => {
    expect(await summaryOf('my-secret')).toBe(
      'HMAC secret, 9 bytes (72 bits), the UTF-8 bytes of the text',
    )
    expect(await summaryOf('MySecret')).toBe(
      'HMAC secret, 8 bytes (64 bits), the UTF-8 bytes of the text',
    )
  })
})
