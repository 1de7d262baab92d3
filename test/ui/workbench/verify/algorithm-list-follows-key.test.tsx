import { describe, expect, it } from 'vitest'
import {
  allowedAlgorithms,
  bench,
  hs256,
  renderWorkbench,
  rs256Token,
} from '../support/render-workbench'

describe('the allowed algorithms when the key changes', () => {
  it('goes back to the new key family’s default instead of failing a good token', async () => {
    const secret = 'your-256-bit-secret'
    const { store } = renderWorkbench()
    await bench.pasteToken(hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'one' }, secret))
    await bench.enterKey(secret)
    expect(await bench.verdict()).toBe('✓ Verified')
    await bench.choose('HS384')
    await bench.choose('HS512')
    expect(allowedAlgorithms()).toEqual(['HS256'])

    const { token, pem } = rs256Token({ sub: 'two' })
    await bench.pasteToken(token)
    await bench.enterKey(pem)

    expect(await bench.verdict()).toBe('✓ Verified')
    expect(store.getState().algorithms).toBeNull()
    expect(allowedAlgorithms()).toEqual([
      'RS256',
      'RS384',
      'RS512',
      'PS256',
      'PS384',
      'PS512',
    ])
  })

  it('keeps a hand-picked list while the key stays in its family', async () => {
    const secret = 'your-256-bit-secret'
    const { store } = renderWorkbench()
    await bench.pasteToken(hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'one' }, secret))
    await bench.enterKey(secret)
    expect(await bench.verdict()).toBe('✓ Verified')
    await bench.choose('HS512')

    await bench.enterKey('another-practice-secret')
    expect(await bench.verdict()).toBe('✗ Not verified')

    expect(store.getState().algorithms).toEqual(['HS256', 'HS384'])
  })
})
