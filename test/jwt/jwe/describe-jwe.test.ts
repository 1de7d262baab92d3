import { base64url } from 'jose'
import { describe, expect, it } from 'vitest'
import { describeJwe, type JweDescription } from '../../../src/jwt/jwe/describe-jwe'
import { joseVector } from './jose-vectors'

const b64 = (text: string) => base64url.encode(text)

function described(token: string): JweDescription {
  const description = describeJwe(token)
  if (!description.ok) throw new Error(description.message)
  return description
}

describe('describeJwe', () => {
  it('says the encrypted key of a dir token is empty because the shared key is the CEK', () => {
    const description = described(joseVector('rfc7520-5.6').serializations?.compact ?? '')

    expect(description.segments[1]?.display).toBe(
      '(empty - dir: the shared key is the content key)',
    )
    expect(description.keyManagement?.mode).toBe('direct-encryption')
    expect(description.findings).toEqual([])
  })

  it('explains an RSA-OAEP token: the CEK travels encrypted, 256 bytes for a 2048-bit key', () => {
    const description = described(joseVector('rfc7516-A.1').serializations?.compact ?? '')

    expect(description.segments.map((segment) => segment.byteLength)).toEqual([
      34, 256, 12, 63, 16,
    ])
    expect(description.segments[1]?.explanation).toBe(
      "RSA-OAEP encrypts the random CEK with the recipient's RSA public key; only the private key recovers it (256 bytes).",
    )
    expect(description.unreadable).toContain("Without the recipient's RSA private key")
    expect(description.rows.find((row) => row.name === 'enc')?.explanation).toContain(
      'RFC 7516 §4.1.2',
    )
  })

  it('explains zip and the key-wrapping iv and tag as JWE header parameters', () => {
    const gcmkw = described(joseVector('rfc7520-5.7').serializations?.compact ?? '')
    const zipped = described(joseVector('rfc7520-5.9').serializations?.compact ?? '')

    expect(gcmkw.rows.find((row) => row.name === 'iv')?.explanation).toContain(
      'not the IV in segment 3',
    )
    expect(zipped.zip).toBe('DEF')
    expect(zipped.rows.find((row) => row.name === 'zip')?.explanation).toContain(
      'DEFLATE',
    )
  })

  it('flags RSA1_5 as not supported and PBES2 as needing an opt-in, before any key', () => {
    const rsa15 = described(joseVector('rfc7516-A.2').serializations?.compact ?? '')
    const pbes2 = described(joseVector('rfc7517-C').serializations?.compact ?? '')

    expect(rsa15.findings[0]).toMatch(/^RSA1_5 is not supported here: /)
    expect(pbes2.findings[0]).toMatch(
      /^PBES2-HS256\+A128KW derives the key from a password;/,
    )
  })

  it('finds segments that do not fit the header: a key for dir, a missing epk, a short IV', () => {
    const header = b64('{"alg":"dir","enc":"A128GCM"}')
    const ecdh = b64('{"alg":"ECDH-ES","enc":"A128GCM"}')
    const tag = b64('0123456789abcdef')

    expect(
      described(`${header}.${b64('key')}.${b64('12-byte-iv!!')}.AAAA.${tag}`).findings,
    ).toEqual([
      'the encrypted key has 3 bytes, but dir sends no key and leaves it empty (RFC 7516 §5.1): the token was put together wrongly',
    ])
    expect(described(`${ecdh}..${b64('short')}.AAAA.${tag}`).findings).toEqual([
      '"epk" is missing: ECDH-ES needs the sender\'s one-time public key to derive the key (RFC 7518 §4.6.1.1)',
      'the IV is 5 bytes, but A128GCM uses 12',
    ])
  })

  it('refuses a signed token and a header that cannot be read', () => {
    const jws = `${b64('{"alg":"HS256"}')}.${b64('{}')}.c2ln`

    expect(describeJwe(jws)).toMatchObject({
      ok: false,
      code: 'not-jwe',
      message:
        'not an encrypted token: it has 3 segments, and a compact JWE has 5 (RFC 7516 §7.1)',
    })
    expect(describeJwe(`${b64('not json')}....`)).toMatchObject({
      ok: false,
      code: 'header-unreadable',
    })
  })
})
