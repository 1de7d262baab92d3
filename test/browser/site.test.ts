import { describe, expect, it } from 'vitest'
import {
  isSameSite,
  isSecureOrigin,
  registrableDomain,
  siteOf,
} from '../../src/browser/site'

const url = (text: string) => new URL(text)

describe('RFC 6265bis section 5.2: same-site and cross-site', () => {
  it('counts subdomains of one registrable domain as one site', () => {
    expect(
      isSameSite(url('https://app.example.com/'), url('https://example.com/x')),
    ).toBe(true)
  })

  it('compares schemes too, so http and https of one domain are cross-site', () => {
    expect(isSameSite(url('http://example.com/'), url('https://example.com/'))).toBe(
      false,
    )
  })

  it('keeps two users of a public suffix such as github.io apart', () => {
    expect(
      isSameSite(url('https://alice.github.io/'), url('https://bob.github.io/')),
    ).toBe(false)
    expect(siteOf(url('https://alice.github.io/lab/'))).toBe('https://alice.github.io')
  })

  it('uses the host itself as the site of an IP address or localhost', () => {
    expect(registrableDomain('192.168.1.20')).toBeNull()
    expect(siteOf(url('http://localhost:5173/'))).toBe('http://localhost')
  })
})

describe('secure origins, which RFC 6265bis leaves to the user agent', () => {
  it.each([
    ['https://example.com/', true],
    ['http://localhost:5173/', true],
    ['http://127.0.0.1:8080/', true],
    ['http://app.localhost/', true],
    ['http://example.com/', false],
    ['http://192.168.1.20:5173/', false],
  ])('%s is secure: %s', (text, secure) => {
    expect(isSecureOrigin(url(text))).toBe(secure)
  })
})
