import { describe, expect, it } from 'vitest'
import { headerAlg, withHeaderAlg } from '../../../../src/ui/workbench/encoder/header-alg'

describe('headerAlg', () => {
  it('reads an algorithm the encoder signs with', () => {
    expect(headerAlg('{"typ":"JWT","alg":"PS384"}')).toBe('PS384')
  })

  it('gives null for none, an unknown name, or text that is not JSON yet', () => {
    for (const header of ['{"alg":"none"}', '{"alg":"HS1024"}', '{"alg":', '{}']) {
      expect(headerAlg(header)).toBeNull()
    }
  })
})

describe('withHeaderAlg', () => {
  it('replaces the alg value where it stands, keeping the layout as typed', () => {
    const header = '{\n  "alg" :  "HS256",\n  "typ": "JWT"\n}'

    expect(withHeaderAlg(header, 'ES256')).toBe(
      '{\n  "alg" :  "ES256",\n  "typ": "JWT"\n}',
    )
  })

  it('leaves a header without alg as typed, since the signer adds it', () => {
    expect(withHeaderAlg('{"typ":"JWT"}', 'RS256')).toBe('{"typ":"JWT"}')
  })

  it('leaves text that is not a JSON object untouched', () => {
    expect(withHeaderAlg('{"alg": HS256}', 'RS256')).toBe('{"alg": HS256}')
  })
})
