import { generateKeyPairSync, sign } from 'node:crypto'
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { bench, encode, hs256, renderWorkbench } from '../support/render-workbench'

/** An RSA key pair and an RS256 token its private key signed, apart from the app. */
function rs256Token(claims: object) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`
  const signature = sign('sha256', Buffer.from(signingInput), privateKey)
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  return { token: `${signingInput}.${signature.toString('base64url')}`, pem }
}

function allowed(): string[] {
  const list = screen.getByRole('group', { name: 'Allowed algorithms' })
  return [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    .filter((box) => box.checked)
    .map((box) => box.parentElement?.textContent?.trim() ?? '')
}

describe('the allowed algorithms when the key changes', () => {
  it('goes back to the new key family’s default instead of failing a good token', async () => {
    const secret = 'your-256-bit-secret'
    const { store } = renderWorkbench()
    await bench.pasteToken(hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'one' }, secret))
    await bench.enterKey(secret)
    expect(await bench.verdict()).toBe('✓ Verified')
    await bench.choose('HS384')
    await bench.choose('HS512')
    expect(allowed()).toEqual(['HS256'])

    const { token, pem } = rs256Token({ sub: 'two' })
    await bench.pasteToken(token)
    await bench.enterKey(pem)

    expect(await bench.verdict()).toBe('✓ Verified')
    expect(store.getState().algorithms).toBeNull()
    expect(allowed()).toEqual(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'])
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
