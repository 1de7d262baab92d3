import { describe, expect, it } from 'vitest'
import { readSecret } from '../../../src/jwt/keys/hmac-secret'

const bytesOf = (reading: ReturnType<typeof readSecret>) =>
  reading.ok && reading.key.material instanceof Uint8Array
    ? [...reading.key.material]
    : null

describe('readSecret', () => {
  it('uses the UTF-8 bytes of a text secret, multi-byte characters included', () => {
    expect(bytesOf(readSecret('zoë', 'utf8'))).toEqual([0x7a, 0x6f, 0xc3, 0xab])
  })

  it('decodes base64 and base64url, padded or not, when asked to', () => {
    for (const text of ['+/8=', '+/8', '-_8', '-_8=']) {
      expect(bytesOf(readSecret(text, 'base64'))).toEqual([0xfb, 0xff])
    }
  })

  it('removes whitespace at the ends and says exactly what it removed', () => {
    const reading = readSecret('  secret-value\r\n', 'utf8')
    expect(bytesOf(reading)).toEqual([...new TextEncoder().encode('secret-value')])
    expect(reading.notices).toEqual([
      {
        code: 'secret-whitespace',
        message:
          'removed 2 spaces and a carriage return and a line break at the ends of the secret; whitespace would count as key bytes',
      },
    ])
    expect(bytesOf(readSecret(' padded ', 'utf8', true))).toEqual([
      ...new TextEncoder().encode(' padded '),
    ])
  })

  it('keeps the other reading, so a failed check can say which one verifies', () => {
    const asText = readSecret('c2VjcmV0', 'utf8')
    expect(asText.ok && asText.key.otherSecretReading?.format).toBe('secret-base64')
    expect(asText.ok && asText.key.otherSecretReading?.bytes).toEqual(
      new TextEncoder().encode('secret'),
    )
    const notBase64 = readSecret('pass phrase!', 'utf8')
    expect(notBase64.ok && notBase64.key.otherSecretReading).toBeNull()
  })

  it('refuses text that is not base64, with the position and what to do', () => {
    const reading = readSecret('abc!def', 'base64')
    expect(reading.ok ? null : reading.problem).toEqual({
      code: 'secret-encoding',
      message:
        'the secret is not base64: "!" at position 4 is outside the alphabet (A-Z, a-z, 0-9, + / or - _, and = at the end). If the secret is a password or passphrase, read it as UTF-8 text instead',
    })
    expect(readSecret('abcde', 'base64').ok).toBe(false)
    expect(readSecret('ab+_', 'base64').ok).toBe(false)
    expect(readSecret('ab\ncd', 'base64').ok).toBe(false)
  })

  it('refuses an empty secret', () => {
    const reading = readSecret(' \n', 'utf8')
    expect(reading.ok ? null : reading.problem.code).toBe('empty')
  })
})
