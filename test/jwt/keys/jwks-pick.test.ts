import { describe, expect, it } from 'vitest'
import { readVerificationKey } from '../../../src/jwt/keys/read-verification-key'
import { keyPair } from './arrange-keys'

const jwk = (pair: ReturnType<typeof keyPair>, extra: object) => ({
  ...pair.publicKey.export({ format: 'jwk' }),
  ...extra,
})
const rsaA = keyPair('rsa')
const rsaB = keyPair('rsa')
const ec = keyPair('ec')
const SET = JSON.stringify({
  keys: [
    jwk(rsaA, { kid: 'rsa-2025', use: 'sig' }),
    jwk(rsaB, { kid: 'rsa-2026', use: 'sig' }),
    jwk(ec, { kid: 'ec-1' }),
    jwk(rsaB, { kid: 'rsa-enc', use: 'enc' }),
  ],
})
const tokenWith = (header: object) =>
  `${Buffer.from(JSON.stringify(header)).toString('base64url')}.e30.c2ln`

describe('readVerificationKey with a JWK Set', () => {
  it("picks the key named by the token's kid and says which", async () => {
    const reading = await readVerificationKey(SET, {
      token: tokenWith({ alg: 'RS256', kid: 'rsa-2026' }),
    })
    expect(reading.ok && reading.key.description.summary).toBe(
      'RSA public key, 2048-bit modulus, kid "rsa-2026", from JSON Web Key Set (JWKS), key 2 of 4 in the set, picked by kid "rsa-2026"',
    )
    expect(reading.notices).toEqual([
      {
        code: 'jwks-picked',
        message: 'used key 2 (kid "rsa-2026"): picked by kid "rsa-2026"',
      },
    ])
  })

  it('explains why no key fits, key by key', async () => {
    const reading = await readVerificationKey(SET, {
      token: tokenWith({ alg: 'ES256', kid: 'rsa-2025' }),
    })
    expect(reading.ok ? null : reading.problem).toEqual({
      code: 'jwks-no-match',
      message:
        'no key in the set fits the token (kid "rsa-2025", alg ES256). key 1 (kid "rsa-2025"): it is an RSA key and ES256 needs EC; key 2 (kid "rsa-2026"): its kid differs; key 3 (kid "ec-1"): its kid differs; key 4 (kid "rsa-enc"): its kid differs. The token may be signed with a key the issuer has since rotated out, or by another issuer: fetch the issuer\'s current JWKS',
    })
  })

  it('picks by kind when the token has no kid, and refuses to guess between equals', async () => {
    const ecToken = await readVerificationKey(SET, { token: tokenWith({ alg: 'ES256' }) })
    expect(ecToken.ok && ecToken.key.description.kid).toBe('ec-1')
    const rsaToken = await readVerificationKey(SET, {
      token: tokenWith({ alg: 'RS256' }),
    })
    expect(rsaToken.ok ? null : rsaToken.problem.code).toBe('jwks-ambiguous')
    expect(rsaToken.ok ? '' : rsaToken.problem.message).toMatch(
      /^2 keys in the set fit the token \(no kid, alg RS256\): key 1 \(kid "rsa-2025"\), key 2 \(kid "rsa-2026"\)\. The token names no kid/,
    )
  })

  it('refuses a set whose keys are not JWK objects', async () => {
    const reading = await readVerificationKey('{"keys": "none"}')
    expect(reading.ok ? null : reading.problem.code).toBe('invalid-jwk')
  })
})
