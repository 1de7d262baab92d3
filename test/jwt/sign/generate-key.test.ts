import { base64url, importPKCS8, importSPKI, type JWK } from 'jose'
import { describe, expect, it } from 'vitest'
import { BouncerError } from '../../../src/errors/bouncer-error'
import { exportGeneratedKey } from '../../../src/jwt/sign/export-key'
import { generateSigningKey } from '../../../src/jwt/sign/generate-key'
import { jwkThumbprint } from '../../../src/jwt/sign/jwk-thumbprint'
import {
  SIGNING_ALGORITHMS,
  type SigningAlgorithm,
} from '../../../src/jwt/sign/signing-algorithms'
import { joseVector, withoutMembers } from '../jwe/jose-vectors'

/** What each algorithm's generated key must look like, by its public JWK. */
const SHAPES: Readonly<Record<SigningAlgorithm, string>> = {
  HS256: 'oct, 32 bytes',
  HS384: 'oct, 48 bytes',
  HS512: 'oct, 64 bytes',
  RS256: 'RSA, 2048-bit modulus',
  RS384: 'RSA, 2048-bit modulus',
  RS512: 'RSA, 2048-bit modulus',
  PS256: 'RSA, 2048-bit modulus',
  PS384: 'RSA, 2048-bit modulus',
  PS512: 'RSA, 2048-bit modulus',
  ES256: 'EC, P-256',
  ES384: 'EC, P-384',
  ES512: 'EC, P-521',
  EdDSA: 'OKP, Ed25519',
}

function shape(jwk: JWK): string {
  if (jwk.kty === 'oct') return `oct, ${base64url.decode(jwk.k ?? '').length} bytes`
  if (jwk.kty === 'RSA')
    return `RSA, ${base64url.decode(jwk.n ?? '').length * 8}-bit modulus`
  return `${jwk.kty ?? '?'}, ${jwk.crv ?? '?'}`
}

describe('generateSigningKey and exportGeneratedKey', () => {
  it.each(SIGNING_ALGORITHMS)(
    'makes a %s key of the right kind and size',
    async (alg) => {
      const exported = await exportGeneratedKey(await generateSigningKey(alg))

      expect(shape(exported.publicJwk ?? exported.privateJwk)).toBe(SHAPES[alg])
      expect(exported.privateJwk).toMatchObject({
        alg,
        use: 'sig',
        kid: exported.thumbprint,
      })
      expect(exported.thumbprint).toBe(await jwkThumbprint(exported.privateJwk))
      expect(exported.thumbprint).toMatch(/^[A-Za-z0-9_-]{43}$/)
    },
  )

  it('shows an HMAC secret as base64url of random bytes, with no PEM form', async () => {
    const key = await generateSigningKey('HS256')
    if (key.kind !== 'secret') throw new Error('HS256 makes a secret')
    const exported = await exportGeneratedKey(key)

    expect(key.bytes).toHaveLength(32)
    expect(key.secret).toBe(base64url.encode(key.bytes))
    expect(key.description).toBe('HMAC secret, 32 random bytes (256 bits)')
    expect(exported).toMatchObject({
      secret: key.secret,
      publicJwk: null,
      publicPem: null,
      privatePem: null,
    })
    expect(exported.privateJwk.k).toBe(key.secret)
  })

  it('exports a key pair as SPKI and PKCS #8 PEM that import again', async () => {
    const key = await generateSigningKey('ES256')
    const exported = await exportGeneratedKey(key)

    expect(key.description).toBe('EC key pair on P-256')
    expect(exported.publicPem).toMatch(
      /^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----$/,
    )
    expect(exported.privatePem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[\s\S]+\n-----END PRIVATE KEY-----$/,
    )
    await expect(importSPKI(exported.publicPem ?? '', 'ES256')).resolves.toBeDefined()
    await expect(importPKCS8(exported.privatePem ?? '', 'ES256')).resolves.toBeDefined()
  })

  it('keeps the private members out of the public JWK', async () => {
    const exported = await exportGeneratedKey(await generateSigningKey('RS256'))

    expect(Object.keys(exported.publicJwk ?? {}).sort()).toEqual([
      'alg',
      'e',
      'kid',
      'kty',
      'n',
      'use',
    ])
    expect(exported.privateJwk.d).toBeDefined()
  })

  it('treats an algorithm outside its list as misuse', async () => {
    await expect(generateSigningKey('HS1' as SigningAlgorithm)).rejects.toThrow(TypeError)
  })
})

describe('jwkThumbprint', () => {
  it('computes the RFC 7638 §3.1 example thumbprint of the RFC 7517 A.1 RSA key', async () => {
    const vector = joseVector('rfc7638-3.1')

    expect(await jwkThumbprint(vector.jwk ?? {})).toBe(
      'NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs',
    )
    expect(vector.thumbprint_b64u).toBe('NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs')
  })

  it('ignores kid, use and alg, which are not part of the thumbprint', async () => {
    const { jwk = {} } = joseVector('rfc7638-3.1')
    const bare = withoutMembers(jwk, ['kid', 'alg'])

    expect(await jwkThumbprint({ ...bare, use: 'sig' })).toBe(await jwkThumbprint(jwk))
  })

  it('throws a coded error for a JWK without its required members', async () => {
    const error = await jwkThumbprint({ kty: 'EC', crv: 'P-256' }).catch(
      (caught) => caught,
    )

    expect(error).toBeInstanceOf(BouncerError)
    expect(error).toMatchObject({
      code: 'keys.thumbprint-failed',
      message:
        'Cannot compute the JWK thumbprint: "x" (X Coordinate) Parameter missing or invalid. A thumbprint needs a JWK with "kty" and its required members (RFC 7638 §3.2), or an extractable key.',
    })
  })
})
