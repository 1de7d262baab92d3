import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { BouncerError } from '../../../../src/errors/bouncer-error'
import {
  buildShareUrl,
  readShareFragment,
} from '../../../../src/ui/workbench/share/share-fragment'

const PAGE = 'https://bouncer.example/app/?lesson=jwt-basics#lesson-2'
// RFC 7519 §3.1's example token.
const TOKEN =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
const PUBLIC_PEM = [
  '-----BEGIN PUBLIC KEY-----',
  'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=',
  '-----END PUBLIC KEY-----',
].join('\n')

function hashOf(url: string): string {
  return new URL(url).hash
}

describe('buildShareUrl', () => {
  it('puts the token in the fragment after the workbench route', () => {
    expect(buildShareUrl(PAGE, { token: TOKEN })).toBe(
      `https://bouncer.example/app/?lesson=jwt-basics#workbench&token=${TOKEN}`,
    )
  })

  it('leaves the query exactly as it was, so nothing reaches the server', () => {
    const url = new URL(
      buildShareUrl(PAGE, { token: TOKEN, secret: 'a secret', publicKey: PUBLIC_PEM }),
    )

    expect(url.search).toBe('?lesson=jwt-basics')
    expect(url.searchParams.has('token')).toBe(false)
    expect(url.searchParams.has('secret')).toBe(false)
  })

  it('writes no secret when none is passed', () => {
    const url = buildShareUrl(PAGE, { token: TOKEN, publicKey: PUBLIC_PEM })

    expect(url).not.toContain('secret')
    expect(readShareFragment(hashOf(url))?.secret).toBeNull()
  })

  it('replaces an existing fragment rather than appending to it', () => {
    const url = buildShareUrl('https://bouncer.example/#workbench&token=old', {
      token: 'new',
    })

    expect(url).toBe('https://bouncer.example/#workbench&token=new')
  })

  it('escapes the characters that would break the fragment apart', () => {
    const url = buildShareUrl(PAGE, { token: TOKEN, secret: 'a&b=c#d%e f+g' })

    expect(url.split('#workbench')[1]).toBe(
      `&token=${TOKEN}&secret=a%26b%3Dc%23d%25e%20f%2Bg`,
    )
  })

  it('refuses a private key offered as the public key', () => {
    const privatePem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n-----END PRIVATE KEY-----'
    const privateJwk = '{"kty":"EC","crv":"P-256","x":"a","y":"b","d":"c"}'

    for (const publicKey of [privatePem, privateJwk]) {
      expect(() => buildShareUrl(PAGE, { token: TOKEN, publicKey })).toThrow(
        expect.objectContaining({ code: 'share.private-key' }),
      )
    }
  })

  it('refuses a value with a lone surrogate, which no URL can carry', () => {
    const build = () => buildShareUrl(PAGE, { token: TOKEN, secret: 'half \uD83D' })

    expect(build).toThrow(BouncerError)
    expect(build).toThrow(expect.objectContaining({ code: 'share.not-unicode' }))
  })

  it('is a TypeError to pass a page address that is not an absolute URL', () => {
    expect(() => buildShareUrl('/relative', { token: TOKEN })).toThrow(TypeError)
  })
})

describe('readShareFragment', () => {
  it('reads the token, secret and public key back, with or without "#"', () => {
    const expected = { token: 'a.b.c', secret: 's', publicKey: 'k', ignored: [] }

    expect(readShareFragment('#workbench&token=a.b.c&secret=s&publicKey=k')).toEqual(
      expected,
    )
    expect(readShareFragment('workbench&token=a.b.c&secret=s&publicKey=k')).toEqual(
      expected,
    )
  })

  it('gives null for a fragment that is not a workbench link', () => {
    for (const hash of ['', '#', '#lesson-2', '#workbenchX&token=a', '#token=a.b.c']) {
      expect(readShareFragment(hash)).toBeNull()
    }
  })

  it('reads the bare route as a workbench link without a token', () => {
    expect(readShareFragment('#workbench')).toEqual({
      token: null,
      secret: null,
      publicKey: null,
      ignored: [],
    })
  })

  it('keeps "+" as a plus sign, as encodeURIComponent wrote it', () => {
    expect(readShareFragment('#workbench&token=a+b')?.token).toBe('a+b')
  })

  it('drops unknown names, repeats and broken escapes, and names them', () => {
    expect(
      readShareFragment('#workbench&token=first&token=second&secret=%E0%A4%A&kid=1'),
    ).toEqual({
      token: 'first',
      secret: null,
      publicKey: null,
      ignored: ['token', 'secret', 'kid'],
    })
  })

  it('reads back exactly what was built, whatever the characters', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 })
    fc.assert(
      fc.property(text, fc.option(text, { nil: undefined }), (token, secret) => {
        const url = buildShareUrl(PAGE, {
          token,
          ...(secret === undefined ? {} : { secret }),
        })
        const read = readShareFragment(hashOf(url))

        expect(new URL(url).search).toBe('?lesson=jwt-basics')
        expect(read).toEqual({
          token,
          secret: secret ?? null,
          publicKey: null,
          ignored: [],
        })
      }),
    )
  })

  it('carries a multi-line PEM public key through the link unchanged', () => {
    const url = buildShareUrl(PAGE, { token: TOKEN, publicKey: PUBLIC_PEM })

    expect(url).not.toContain('\n')
    expect(readShareFragment(hashOf(url))?.publicKey).toBe(PUBLIC_PEM)
  })
  it('drops how to read a secret when the link carries no secret', () => {
    expect(
      readShareFragment('#workbench&token=a.b.c&encoding=base64&whitespace=keep'),
    ).toEqual({
      token: 'a.b.c',
      secret: null,
      publicKey: null,
      ignored: ['encoding', 'whitespace'],
    })
    expect(() => buildShareUrl(PAGE, { token: TOKEN, encoding: 'base64' })).toThrow(
      new TypeError('buildShareUrl got encoding without a secret to read that way'),
    )
  })

  it('ignores a secret reading it does not know rather than guessing', () => {
    expect(readShareFragment('#workbench&token=a.b.c&secret=s&encoding=hex')).toEqual({
      token: 'a.b.c',
      secret: 's',
      publicKey: null,
      ignored: ['encoding'],
    })
  })

  it('carries the verify settings beside the secret', () => {
    const url = buildShareUrl(PAGE, {
      token: TOKEN,
      secret: 'c2VjcmV0',
      encoding: 'base64',
      whitespace: 'keep',
      time: '2026-01-15T12:00:00Z',
      leeway: '30',
      iss: 'https://issuer.test',
      aud: 'a, b',
    })

    expect(readShareFragment(hashOf(url))).toEqual({
      token: TOKEN,
      secret: 'c2VjcmV0',
      publicKey: null,
      encoding: 'base64',
      whitespace: 'keep',
      time: '2026-01-15T12:00:00Z',
      leeway: '30',
      iss: 'https://issuer.test',
      aud: 'a, b',
      ignored: [],
    })
  })
})
