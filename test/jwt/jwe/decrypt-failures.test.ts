import fc from 'fast-check'
import { base64url, CompactEncrypt, generateKeyPair, generateSecret } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { decryptJwe } from '../../../src/jwt/jwe/decrypt-jwe'
import { encryptClaims } from '../../../src/jwt/jwe/encrypt-claims'
import { joseVector } from './jose-vectors'

const CLAIMS = { sub: 'student-7' }
const b64 = (text: string) => base64url.encode(text)

let kwKey: CryptoKey
let kwToken: string

beforeAll(async () => {
  kwKey = await generateSecret('A128KW', { extractable: true })
  const encrypted = await encryptClaims(CLAIMS, kwKey, { alg: 'A128KW', enc: 'A128GCM' })
  if (!encrypted.ok) throw new Error(encrypted.message)
  kwToken = encrypted.token
})

/** Replaces one segment of a compact token. */
function withSegment(token: string, index: number, segment: string): string {
  const segments = token.split('.')
  segments[index] = segment
  return segments.join('.')
}

describe('decryptJwe failures come back coded, never thrown', () => {
  it('refuses RSA1_5 with the words "not supported"', async () => {
    const vector = joseVector('rfc7516-A.2')
    const result = await decryptJwe(
      vector.serializations?.compact ?? '',
      vector.keys?.[0] ?? {},
    )

    expect(result).toMatchObject({ ok: false, code: 'not-supported' })
    expect(!result.ok && result.message).toBe(
      'RSA1_5 is not supported: WebCrypto does not implement RSAES-PKCS1-v1_5, and RFC 8725 §3.2 advises against it because of padding-oracle attacks. This is not a verdict on the token; ask its sender for RSA-OAEP-256',
    )
  })

  it('refuses PBES2 unless it is explicitly allowed, naming the round count', async () => {
    const vector = joseVector('rfc7517-C')
    const password = base64url.decode(vector.password?.b64u ?? '')
    const result = await decryptJwe(vector.serializations?.compact ?? '', password)

    expect(result).toMatchObject({ ok: false, code: 'pbes2-not-allowed' })
    expect(!result.ok && result.message).toContain('("p2c": 4096)')
  })

  it('reports a key that does not open the token as decryption-failed', async () => {
    const other = await generateSecret('A128KW', { extractable: true })
    const result = await decryptJwe(kwToken, other)

    expect(result).toMatchObject({ ok: false, code: 'decryption-failed' })
    expect(!result.ok && result.message).toContain('this key does not open the token')
  })

  it('reports a changed ciphertext the same way: the tag no longer matches', async () => {
    const ciphertext = kwToken.split('.')[3] ?? ''
    const flipped = (ciphertext.startsWith('A') ? 'B' : 'A') + ciphertext.slice(1)
    const result = await decryptJwe(withSegment(kwToken, 3, flipped), kwKey)

    expect(result).toMatchObject({ ok: false, code: 'decryption-failed' })
  })

  it('reports a changed protected header as decryption-failed, since it is authenticated', async () => {
    const header = b64('{"alg":"A128KW","enc":"A128GCM","kid":"added"}')
    const result = await decryptJwe(withSegment(kwToken, 0, header), kwKey)

    expect(result).toMatchObject({ ok: false, code: 'decryption-failed' })
  })

  it('reports a key of the wrong kind as wrong-key-type, with what the algorithm needs', async () => {
    const rsa = await generateKeyPair('RSA-OAEP', { extractable: true })
    const encrypted = await encryptClaims(CLAIMS, rsa.publicKey, {
      alg: 'RSA-OAEP',
      enc: 'A256GCM',
    })
    if (!encrypted.ok) throw new Error(encrypted.message)

    const withPublic = await decryptJwe(encrypted.token, rsa.publicKey)
    const withAes = await decryptJwe(kwToken, rsa.privateKey)

    expect(withPublic).toMatchObject({ ok: false, code: 'wrong-key-type' })
    expect(!withPublic.ok && withPublic.message).toBe(
      'this key cannot decrypt RSA-OAEP (CryptoKey instances must be of type "private" for the RSA-OAEP algorithm): RSA-OAEP needs the recipient\'s RSA private key',
    )
    expect(withAes).toMatchObject({ ok: false, code: 'wrong-key-type' })
  })

  it('reports a dir key of the wrong length as wrong-key-type', async () => {
    const key = await generateSecret('A128GCM', { extractable: true })
    const encrypted = await encryptClaims(CLAIMS, key, { alg: 'dir', enc: 'A128GCM' })
    if (!encrypted.ok) throw new Error(encrypted.message)

    const result = await decryptJwe(encrypted.token, new Uint8Array(32))

    expect(result).toMatchObject({ ok: false, code: 'wrong-key-type' })
  })

  it('asks for a key when given none', async () => {
    expect(await decryptJwe(kwToken, new Uint8Array(0))).toMatchObject({
      ok: false,
      code: 'no-key',
      message:
        'no key given: A128KW needs a secret key shared by sender and recipient, 128 bits long',
    })
  })

  it('refuses a signed token as not-jwe', async () => {
    const jws = `${b64('{"alg":"HS256"}')}.${b64('{"sub":"x"}')}.c2ln`

    expect(await decryptJwe(jws, kwKey)).toMatchObject({ ok: false, code: 'not-jwe' })
  })

  it('refuses a segment that is not base64url as malformed, with its position', async () => {
    const result = await decryptJwe(withSegment(kwToken, 2, 'not*base64'), kwKey)

    expect(result).toMatchObject({ ok: false, code: 'malformed' })
    expect(!result.ok && result.message).toBe(
      'the token is malformed: "*" (U+002A) at character 81 of the token, in segment 3 (iv), is not a base64url character: only A-Z, a-z, 0-9, "-" and "_" may appear',
    )
  })

  it('refuses an alg and an enc that RFC 7518 does not define as not-supported', async () => {
    const rest = kwToken.split('.').slice(1).join('.')
    const badAlg = await decryptJwe(
      `${b64('{"alg":"RSA1_6","enc":"A128GCM"}')}.${rest}`,
      kwKey,
    )
    const badEnc = await decryptJwe(
      `${b64('{"alg":"A128KW","enc":"A999GCM"}')}.${rest}`,
      kwKey,
    )

    expect(badAlg).toMatchObject({ ok: false, code: 'not-supported' })
    expect(badEnc).toMatchObject({ ok: false, code: 'not-supported' })
  })

  it('never rejects, whatever text is pasted', async () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_-]{0,24}$/)
    const fiveParts = fc
      .tuple(segment, segment, segment, segment, segment)
      .map((parts) => parts.join('.'))
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fiveParts), async (text) => {
        const result = await decryptJwe(text, kwKey)
        expect(result.ok).toBe(false)
      }),
      { numRuns: 200 },
    )
  })
})

describe('decryptJwe with nested tokens', () => {
  const inner = `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64('{"sub":"student-7"}')}.c2ln`
  const encrypt = (header: Record<string, string>) =>
    new CompactEncrypt(new TextEncoder().encode(inner))
      .setProtectedHeader({ alg: 'A128KW', enc: 'A128GCM', ...header })
      .encrypt(kwKey)

  it('hands on the inner token when cty says JWT', async () => {
    const result = await decryptJwe(await encrypt({ cty: 'JWT' }), kwKey)

    expect(result.ok && result.nested?.because).toBe('cty')
    expect(result.ok && result.nested?.token).toBe(inner)
    expect(result.ok && result.nested?.decoded.payload).toEqual({ sub: 'student-7' })
    expect(result.ok && result.json).toBeUndefined()
  })

  it('recognises a compact JWS without cty by its shape, and says cty is missing', async () => {
    const result = await decryptJwe(await encrypt({}), kwKey)

    expect(result.ok && result.nested?.because).toBe('shape')
    expect(result.ok && result.notes[1]).toBe(
      'the header has no "cty": "JWT", which RFC 7519 §5.2 asks for when a JWT is nested; it was recognised by its shape',
    )
  })
})
