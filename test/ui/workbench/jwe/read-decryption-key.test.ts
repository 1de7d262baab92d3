import { base64url, CompactEncrypt } from 'jose'
import { describe, expect, it } from 'vitest'
import { describeJwe, type JweDescription } from '../../../../src/jwt/jwe/describe-jwe'
import { readDecryptionKey } from '../../../../src/ui/workbench/jwe/read-decryption-key'

const KEY = Uint8Array.from({ length: 32 }, (_, index) => index)

async function jweFor(alg: string, enc = 'A256GCM'): Promise<JweDescription> {
  const token = await new CompactEncrypt(new TextEncoder().encode('{"sub":"1"}'))
    .setProtectedHeader({ alg, enc })
    .encrypt(KEY)
  const description = describeJwe(token)
  if (!description.ok) throw new Error(description.message)
  return description
}

/** A description of a JWE header alone, for algorithms whose key is a pair. */
function describedHeader(header: object): JweDescription {
  const segment = base64url.encode(JSON.stringify(header))
  const description = describeJwe(
    `${segment}.AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA`,
  )
  if (!description.ok) throw new Error(description.message)
  return description
}

describe('readDecryptionKey', () => {
  it('reads a shared key for dir as base64url bytes', async () => {
    const read = await readDecryptionKey(base64url.encode(KEY), await jweFor('dir'))

    expect(read).toEqual({
      ok: true,
      key: KEY,
      summary: '32-byte shared key (256 bits), decoded from base64url',
      notices: [],
    })
  })

  it('says a shared key is bytes when it is not base64url', async () => {
    const read = await readDecryptionKey('not a key!', await jweFor('A256KW'))

    expect(read.ok ? null : read.message).toBe(
      'the key is not base64: whitespace at position 4 is outside the alphabet (A-Z, a-z, 0-9, + / or - _, and = at the end); a shared key is bytes, pasted as base64url or as an oct JWK',
    )
  })

  it('asks for the private key as JWK or PEM for a key pair algorithm', async () => {
    const jwe = describedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })

    const read = await readDecryptionKey('secret', jwe)

    expect(read.ok ? null : read.message).toBe(
      'RSA-OAEP-256 needs the recipient\'s RSA private key: paste it as a JWK or as PEM ("BEGIN PRIVATE KEY"), not as bare text',
    )
  })

  it('takes a PBES2 password exactly as typed, spaces included', async () => {
    const jwe = describedHeader({
      alg: 'PBES2-HS256+A128KW',
      enc: 'A128GCM',
      p2s: 'AAAAAAAAAAA',
      p2c: 1000,
    })

    const read = await readDecryptionKey(' pass word ', jwe)

    if (!read.ok) throw new Error(read.message)
    expect(new TextDecoder().decode(read.key as Uint8Array)).toBe(' pass word ')
    expect(read.summary).toBe('password, 11 bytes of UTF-8')
  })
})
