import { describe, expect, it } from 'vitest'
import { parseSetCookie, type SetCookieParse } from '../../src/browser/set-cookie-parse'

/** The attributes of a field that must parse. */
function attributesOf(setCookie: string) {
  const parsed: SetCookieParse = parseSetCookie(setCookie)
  if (!parsed.ok) throw new Error(`expected "${setCookie}" to parse: ${parsed.message}`)
  return parsed.attributes
}

describe('RFC 6265bis section 5.6: the name-value pair', () => {
  it('splits at the first "=" and trims spaces and tabs around name and value', () => {
    expect(attributesOf(' \ttok \t=\t YWJjZA== ; Path=/')).toMatchObject({
      name: 'tok',
      value: 'YWJjZA==',
    })
  })

  it('keeps a pair without "=" as a nameless cookie, as browsers do', () => {
    expect(attributesOf('foo; Path=/')).toMatchObject({ name: '', value: 'foo' })
  })

  it('reads "=a=b" as the nameless cookie "a=b", where tough-cookie would name it "a"', () => {
    expect(attributesOf('=a=b')).toMatchObject({ name: '', value: 'a=b' })
  })

  it('keeps a tab inside a value, which tough-cookie would reject', () => {
    expect(attributesOf('a=b\tc').value).toBe('b\tc')
  })

  it('ignores a field with neither name nor value', () => {
    expect(parseSetCookie(' = ; Path=/')).toMatchObject({
      ok: false,
      code: 'ignored.unparseable',
      cookieName: null,
    })
  })

  it('rejects the whole field for a control character, where older browsers cut it short', () => {
    expect(parseSetCookie('a=b\nc=d')).toEqual({
      ok: false,
      code: 'ignored.control-character',
      cookieName: null,
      message:
        'Ignored this Set-Cookie: it contains the control character 0x0A, and RFC 6265bis section 5.6 (like Chromium) rejects the whole field rather than guess where the cookie ends.',
    })
  })

  it('counts the 4096-byte limit on name plus value in UTF-8 bytes', () => {
    expect(parseSetCookie(`n=${'v'.repeat(4095)}`).ok).toBe(true)
    // "é" is two bytes in UTF-8, so 2048 of them are 4096 bytes before the name.
    expect(parseSetCookie(`n=${'é'.repeat(2048)}`)).toMatchObject({
      ok: false,
      code: 'ignored.too-large',
      cookieName: 'n',
      message:
        'Ignored cookie "n": its name and value together are 4097 bytes, over the 4096-byte limit of RFC 6265bis section 5.6.',
    })
  })
})

describe('RFC 6265bis section 5.6: the attributes', () => {
  it('reads every attribute a session cookie uses', () => {
    expect(
      attributesOf('session_id=abc; HttpOnly; Secure; SameSite=Strict; Path=/'),
    ).toEqual({
      name: 'session_id',
      value: 'abc',
      domain: null,
      path: '/',
      expires: null,
      maxAge: null,
      secure: true,
      httpOnly: true,
      sameSite: 'Strict',
    })
  })

  it('lowers the Domain and drops its leading dot', () => {
    expect(attributesOf('a=1; Domain=.Example.COM').domain).toBe('example.com')
  })

  it('leaves Path to the default when it does not start with "/"', () => {
    expect(attributesOf('a=1; Path=app').path).toBeNull()
  })

  it('reads SameSite case-insensitively and an unknown value as Default', () => {
    expect(attributesOf('a=1; samesite=lax').sameSite).toBe('Lax')
    expect(attributesOf('a=1; SameSite=Sometimes').sameSite).toBe('Default')
    expect(attributesOf('a=1').sameSite).toBe('Default')
  })

  it('reads Max-Age as whole seconds and ignores anything else', () => {
    expect(attributesOf('a=1; Max-Age=-5').maxAge).toBe(-5)
    expect(attributesOf('a=1; Max-Age=1.5').maxAge).toBeNull()
  })

  it('ignores an attribute value over 1024 bytes, so the previous one stands', () => {
    const long = `/${'p'.repeat(1024)}`
    expect(attributesOf(`a=1; Path=/short; Path=${long}`).path).toBe('/short')
    expect(attributesOf(`a=1; Path=${long.slice(0, 1024)}`).path).toBe(
      long.slice(0, 1024),
    )
  })

  it('lets the last of repeated attributes decide', () => {
    expect(attributesOf('a=1; Path=/one; Path=/two').path).toBe('/two')
  })
})
