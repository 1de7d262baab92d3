import { describe, expect, it } from 'vitest'
import { withArticle } from '../../../../src/ui/workbench/encoder/with-article'

describe('withArticle', () => {
  it.each([
    ['HS256', 'an HS256'],
    ['RS256', 'an RS256'],
    ['ES256', 'an ES256'],
    ['PS256', 'a PS256'],
    ['EdDSA', 'an EdDSA'],
    ['Ed25519', 'an Ed25519'],
    ['RSA PUBLIC KEY', 'an RSA PUBLIC KEY'],
    ['CERTIFICATE', 'a CERTIFICATE'],
    ['public JWK', 'a public JWK'],
    ['elliptic-curve key', 'an elliptic-curve key'],
  ])('says "a" or "an" by sound: %s', (name, said) => {
    expect(withArticle(name)).toBe(said)
  })
})
