/// <reference types="node" />
import { act, cleanup, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { bench, hs256, NOW_TEXT, renderWorkbench } from '../support/render-workbench'

const HEADER = { alg: 'HS256', typ: 'JWT' }
const PAYLOAD = { sub: 'student-1', iss: 'https://issuer.test', aud: 'bouncer' }
// 32 bytes that are not UTF-8 text, so reading the secret as text gives other bytes.
const KEY_BYTES = Buffer.from(
  Array.from({ length: 32 }, (_, index) => 200 + (index % 50)),
)
const BASE64_SECRET = KEY_BYTES.toString('base64')

/** The link the share panel shows once the secret is ticked in. */
async function sharedLinkWithSecret(): Promise<string> {
  await bench.choose('Include the secret in the link')
  const link = screen.getByLabelText<HTMLTextAreaElement>('Link to share').value
  cleanup()
  return link
}

/** Opens the link as a fresh visit: the fragment is there before the page renders. */
function openLink(link: string) {
  window.location.hash = new URL(link).hash
  return renderWorkbench({ clockMode: 'live', fixedTime: '' })
}

afterEach(async () => {
  await act(async () => {
    window.location.hash = ''
  })
})

describe('a shared link’s verify settings', () => {
  it('carries a base64 secret’s reading with the secret, so the receiver verifies', async () => {
    renderWorkbench({ secretEncoding: 'base64' })
    await bench.pasteToken(hs256(HEADER, PAYLOAD, KEY_BYTES))
    await bench.enterKey(BASE64_SECRET)
    expect(await bench.verdict()).toBe('✓ Verified')
    const link = await sharedLinkWithSecret()
    expect(new URL(link).hash).toContain('&encoding=base64')

    const { store } = openLink(link)

    expect(
      bench.section('Verify').getByLabelText('base64 or base64url bytes'),
    ).toHaveProperty('checked', true)
    expect(store.getState().secretEncoding).toBe('base64')
    expect(await bench.verdict()).toBe('✓ Verified')
  })

  it('carries "keep spaces and line breaks" with the secret', async () => {
    const secret = 'practice secret with a trailing line break\n'
    renderWorkbench({ keepSecretWhitespace: true })
    await bench.pasteToken(hs256(HEADER, PAYLOAD, secret))
    await bench.enterKey(secret)
    expect(await bench.verdict()).toBe('✓ Verified')
    const link = await sharedLinkWithSecret()

    const { store } = openLink(link)

    expect(store.getState().keepSecretWhitespace).toBe(true)
    expect(store.getState().keyText).toBe(secret)
    expect(await bench.verdict()).toBe('✓ Verified')
  })

  it('leaves how to read the secret out of a link without the secret', async () => {
    renderWorkbench({ secretEncoding: 'base64', keepSecretWhitespace: true })
    await bench.pasteToken(hs256(HEADER, PAYLOAD, KEY_BYTES))
    await bench.enterKey(BASE64_SECRET)

    const hash = new URL(
      screen.getByLabelText<HTMLTextAreaElement>('Link to share').value,
    ).hash

    expect(hash).not.toContain('encoding')
    expect(hash).not.toContain('whitespace')
  })

  it('carries the fixed clock, leeway and expected parties, which are not secret', async () => {
    renderWorkbench({ leeway: '30', issuer: 'https://issuer.test', audience: 'bouncer' })
    await bench.pasteToken(hs256(HEADER, PAYLOAD, 'your-256-bit-secret'))
    expect(screen.getByText(/^It also carries your verify settings/).textContent).toBe(
      'It also carries your verify settings (the fixed clock, leeway, expected iss, expected aud), which are not secret, so whoever opens it gets the same verdict.',
    )
    const link = screen.getByLabelText<HTMLTextAreaElement>('Link to share').value
    cleanup()

    const { store } = openLink(link)

    expect(store.getState()).toMatchObject({
      clockMode: 'fixed',
      fixedTime: NOW_TEXT,
      leeway: '30',
      issuer: 'https://issuer.test',
      audience: 'bouncer',
    })
    expect(screen.getByText(/^Opened from a link/).textContent).toBe(
      'Opened from a link: the token and the verify settings came from the link’s fragment, which never reaches a server.',
    )
  })
})
