import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { bench, renderWorkbench } from '../support/render-workbench'

const sign = () => bench.section('Sign')

async function signAndUse() {
  await bench.click('Sign')
  await sign().findByText(/^✓ New token, signed with/)
  await bench.click('Use this token')
}

describe('"Use this token" in the workbench', () => {
  it('carries a typed base64 secret, with its reading, into the Verify key box', async () => {
    const { store } = renderWorkbench()
    await bench.type('Secret', 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8')
    await bench.choose('base64 or base64url bytes', 'Sign')
    await bench.click('Sign')
    await sign().findByText(/^✓ New token, signed with/)
    expect(sign().getByText(/^It replaces the pasted token/).textContent).toBe(
      'It replaces the pasted token in the workbench and puts the secret, with how to read it, in the Verify key box, so the workbench decodes and verifies it.',
    )

    await bench.click('Use this token')

    expect(store.getState()).toMatchObject({
      keyText: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8',
      secretEncoding: 'base64',
    })
    expect(await bench.verdict()).toBe('✓ Verified')
  })

  it('carries only the public half of a generated key pair', async () => {
    const { store } = renderWorkbench()
    await bench.type('Algorithm (alg)', 'ES256')
    await bench.choose('Generate a key')
    await bench.click('Generate an ES256 key')
    await sign().findByText(/Key: EC key pair on P-256/)

    await signAndUse()

    const { keyText } = store.getState()
    expect(keyText).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(keyText).not.toContain('PRIVATE')
    expect(await bench.verdict()).toBe('✓ Verified')
  })

  it('says the key box stays as it is when the signing key cannot be handed over', async () => {
    renderWorkbench({ keyText: 'left-as-it-was' })
    await bench.choose('Paste a private key (PEM or JWK)')
    await bench.type(
      'Private key (PEM PKCS #8 or JWK)',
      JSON.stringify({ kty: 'oct', k: 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8' }),
    )
    await sign().findByText(/^Key: /)
    await bench.click('Sign')
    await sign().findByText(/^✓ New token, signed with/)

    expect(screen.getByText(/^It replaces the pasted token/).textContent).toBe(
      'It replaces the pasted token in the workbench, which then decodes it; to verify it, put the matching public key or secret in the Verify key box.',
    )
  })
})
