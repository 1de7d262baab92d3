import { describe, expect, it } from 'vitest'
import { keySize, secretKey } from '../../../src/ui/token/secret-key'

describe('secretKey', () => {
  it('reads a typed secret as its UTF-8 bytes', () => {
    const key = secretKey('naïve', 'utf8')
    expect([...(key.bytes ?? [])]).toEqual([110, 97, 0xc3, 0xaf, 118, 101])
    expect(key.error).toBeNull()
  })

  it('reads base64url as the bytes it encodes (RFC 4648 §5)', () => {
    expect([...(secretKey('-_8', 'base64url').bytes ?? [])]).toEqual([0xfb, 0xff])
  })

  it('names the first character outside base64url and where it is, counting from 1', () => {
    expect(secretKey('abc+def', 'base64url')).toEqual({
      bytes: null,
      error:
        'Not base64url: "+" at position 4 is outside its alphabet (A–Z, a–z, 0–9, - and _). It looks like standard base64: base64url writes - for + and _ for /.',
      warnings: [],
    })
    expect(secretKey('YWJj=', 'base64url').error).toContain(
      '"=" at position 5 is outside its alphabet (A–Z, a–z, 0–9, - and _). base64url leaves out the = padding: delete it.',
    )
  })

  it('refuses a length that cannot be base64url', () => {
    expect(secretKey('abcde', 'base64url').error).toBe(
      '5 characters cannot be base64url: after each group of 4, 1 character is left over, which encodes no whole byte. A character is missing or one too many was copied.',
    )
  })

  it('warns about whitespace around the secret and a line break inside, keeping both in the key', () => {
    const key = secretKey(' my secret\nline two ', 'utf8')

    expect(key.bytes?.length).toBe(20)
    expect(key.warnings).toEqual([
      'The secret starts or ends with whitespace. It counts as part of the key, and a copied secret often picks up a stray space or newline: remove it unless the key really has it.',
      'The secret contains a line break. A key that was wrapped over several lines must be joined into one line first.',
    ])
  })
})

describe('keySize', () => {
  it('gives the length in bytes and bits', () => {
    expect(keySize(new Uint8Array(32))).toBe('32 bytes (256 bits)')
    expect(keySize(new Uint8Array(1))).toBe('1 byte (8 bits)')
  })
})
