import { describe, expect, it } from 'vitest'
import { readPemText } from '../../../src/jwt/keys/pem-text'
import { CERTIFICATE_PUBLIC_KEY } from './arrange-keys'

const PEM = CERTIFICATE_PUBLIC_KEY
const clean = readPemText(PEM)
const codes = (text: string) => readPemText(text).notices.map((notice) => notice.code)
const problem = (text: string) => {
  const reading = readPemText(text)
  return reading.ok ? null : reading.problem
}

describe('readPemText', () => {
  it('reads a clean block with no notices', () => {
    expect(clean.ok && clean.label).toBe('PUBLIC KEY')
    expect(clean.ok && clean.der.length).toBe(91)
    expect(clean.notices).toEqual([])
  })

  it('tidies Windows line endings, indentation, blank lines and text around the block, saying each', () => {
    const messy = `Here is our key:\r\n${PEM.split('\n')
      .map((line) => `    ${line}`)
      .join('\r\n\r\n')}\r\nThanks!`
    const reading = readPemText(messy)
    expect(reading.ok && reading.der).toEqual(clean.ok && clean.der)
    expect(reading.notices).toEqual([
      {
        code: 'windows-line-endings',
        message: 'turned Windows line endings (CR LF) into plain line breaks',
      },
      {
        code: 'text-around-armour',
        message: 'ignored the text before the BEGIN line and after the END line',
      },
      { code: 'blank-lines', message: 'removed blank lines inside the block' },
      {
        code: 'indentation',
        message: 'removed spaces and tabs at the start and end of the body lines',
      },
    ])
  })

  it('turns "\\n" written out in a JSON string or environment variable into line breaks', () => {
    expect(codes(PEM.trim().replaceAll('\n', '\\n'))).toEqual(['escaped-line-breaks'])
  })

  it('reads a block squeezed onto one line with spaces', () => {
    const reading = readPemText(PEM.trim().replaceAll('\n', ' '))
    expect(reading.ok && reading.der).toEqual(clean.ok && clean.der)
  })

  it('repairs armour lines with the wrong number of dashes, and a missing END line on a whole key', () => {
    expect(
      codes(PEM.replace('-----BEGIN PUBLIC KEY-----', '----BEGIN PUBLIC KEY-----')),
    ).toEqual(['armour-repaired'])
    const reading = readPemText(PEM.replace('-----END PUBLIC KEY-----', ''))
    expect(reading.notices).toEqual([
      {
        code: 'armour-repaired',
        message:
          'added the missing "-----END PUBLIC KEY-----" line; the body holds a complete key',
      },
    ])
  })

  it('reads a bare base64 body with no armour at all', () => {
    const bare = PEM.split('\n').slice(1, -2).join('')
    const reading = readPemText(bare)
    expect(reading.ok && [reading.label, reading.der]).toEqual([
      null,
      clean.ok && clean.der,
    ])
  })

  it('refuses a body that is not base64, naming the line and column as pasted', () => {
    const lines = PEM.split('\n')
    lines[2] = `${lines[2]?.slice(0, 9)}_${lines[2]?.slice(10)}`
    expect(problem(lines.join('\n'))).toEqual({
      code: 'pem-base64',
      message:
        'PEM body is not valid base64 at line 3: "_" at column 10. PEM uses the standard base64 alphabet (+ and /), not base64url; this text may be a JWK value or a token segment instead of a PEM body.',
    })
  })

  it('refuses mismatched BEGIN and END labels', () => {
    expect(problem(PEM.replace('END PUBLIC KEY', 'END RSA PUBLIC KEY'))?.message).toBe(
      'the block begins with "BEGIN PUBLIC KEY" but ends with "END RSA PUBLIC KEY": the two lines must name the same thing; copy the block again from one BEGIN line to its own END line',
    )
  })

  it('refuses a key cut off while copying, and one with bytes after it', () => {
    expect(problem(PEM.slice(0, 90))).toEqual({
      code: 'der-structure',
      message:
        'the PUBLIC KEY body stops before the key does (47 bytes decoded): the end was cut off when copying; copy the whole key again',
    })
    expect(problem(PEM.replace('KQ==', 'KQAA'))).toEqual({
      code: 'der-structure',
      message:
        'the PUBLIC KEY body has 2 bytes after the end of the key: two keys were pasted together, or something was appended; paste one key',
    })
  })

  it('refuses an empty block and a body of impossible length', () => {
    expect(problem('-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----')?.code).toBe(
      'pem-armour',
    )
    expect(problem(PEM.replace('KQ==', 'KQ=A'))?.code).toBe('pem-base64')
  })
})
