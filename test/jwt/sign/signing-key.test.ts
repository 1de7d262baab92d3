import { describe, expect, it } from 'vitest'
import { refusedKeyMessage } from '../../../src/jwt/sign/signing-key'

describe('refusedKeyMessage', () => {
  it('leaves out an empty refusal instead of showing "()"', () => {
    expect(refusedKeyMessage('RS256', '')).toBe(
      'this key cannot sign RS256: RS256 needs an RSA private key (2048 bits or more); its public key verifies',
    )
    expect(refusedKeyMessage('RS256', '  ')).toBe(refusedKeyMessage('RS256', ''))
  })

  it('keeps what jose said, without its closing full stop', () => {
    expect(refusedKeyMessage('ES256', 'Invalid key usage.')).toBe(
      'this key cannot sign ES256 (Invalid key usage): ES256 needs an EC private key on curve P-256; its public key verifies',
    )
  })
})
