import { createHmac } from 'node:crypto'
import { screen, waitFor } from '@testing-library/react'
import { act, fireEvent } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CALLAHAN_TOKEN } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

/** 32 key bytes 0, 1, …, 31 as base64url: a random-looking key, not a password. */
const RAW_KEY = Buffer.from(Array.from({ length: 32 }, (_, index) => index))

/** A token HMAC-signed with RAW_KEY, computed apart from the app, as the oracle. */
function signedWithRawKey(): string {
  const signingInput = `${Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"sub":"1"}').toString('base64url')}`
  const signature = createHmac('sha256', RAW_KEY).update(signingInput).digest('base64url')
  return `${signingInput}.${signature}`
}

function tokenField(): HTMLTextAreaElement {
  return screen.getByLabelText('JWT to decode')
}

async function chooseEncoding(label: 'UTF-8 text' | 'base64url bytes') {
  await act(async () => {
    fireEvent.click(screen.getByLabelText(label))
  })
}

describe('TokenBox', () => {
  it('decodes a pasted token as it is typed', async () => {
    await renderBouncer()

    await ui.type('JWT to decode', CALLAHAN_TOKEN)

    const box = ui.region('Paste a JWT')
    await waitFor(() => expect(box.getByText(/"name": "Michael Callahan"/)).toBeTruthy())
  })

  it('says NOT verified for a token whose signature the secret does not produce', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'your-super-secret-key')

    await ui.click('Check signature')

    const box = ui.region('Paste a JWT')
    const verdict = await box.findByText('✗ Signature NOT verified')
    expect(verdict).toBeTruthy()
    const pair = [...box.getByRole('status').querySelectorAll('dt, dd')].map(
      (element) => element.textContent,
    )
    expect(pair).toEqual([
      'Computed with this secret',
      createHmac('sha256', 'your-super-secret-key')
        .update(CALLAHAN_TOKEN.split('.').slice(0, 2).join('.'))
        .digest('base64url'),
      'Received in the token',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ])
  })

  it('never changes the token text when the secret or its encoding changes', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'first-secret')
    await ui.click('Check signature')
    await ui.region('Paste a JWT').findByText('✗ Signature NOT verified')

    for (const secret of ['', 'y', 'your-super-secret-key', 'your-256-bit-secret']) {
      await ui.type('Secret', secret)
      expect(tokenField().value).toBe(CALLAHAN_TOKEN)
    }
    await chooseEncoding('base64url bytes')
    expect(tokenField().value).toBe(CALLAHAN_TOKEN)
    expect(screen.getByText(/changed since the last check/)).toBeTruthy()
  })

  it('asks for a token, not for another check, once the box is emptied', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'your-256-bit-secret')
    await ui.click('Check signature')
    await ui.region('Paste a JWT').findByText('✗ Signature NOT verified')

    await ui.type('JWT to decode', '  \n ')

    expect(ui.region('Paste a JWT').getByRole('status').textContent).toBe(
      'Paste a token to decode.',
    )
    expect(ui.pressable('Check signature')).toBe(false)
  })

  it('asks for a readable secret once the secret cannot be read', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await chooseEncoding('base64url bytes')
    await ui.type('Secret', 'abc')
    await ui.click('Check signature')
    await ui.region('Paste a JWT').findByText('✗ Signature NOT verified')

    await ui.type('Secret', 'abc=')

    expect(ui.region('Paste a JWT').getByRole('status').textContent).toBe(
      'The secret changed since the last check and cannot be read as it is: fix it, then press Check signature again.',
    )
  })

  it('keeps the focus on Check signature while it checks', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'your-256-bit-secret')

    const check = await ui.press('Check signature')

    expect(check.disabled).toBe(false)
    expect(document.activeElement).toBe(check)
    await ui.region('Paste a JWT').findByText('✗ Signature NOT verified')
    expect(document.activeElement).toBe(check)
  })

  it('verifies a token signed with raw key bytes once the secret is read as base64url', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', signedWithRawKey())
    await ui.type('Secret', RAW_KEY.toString('base64url'))

    await ui.click('Check signature')
    expect(
      await ui.region('Paste a JWT').findByText('✗ Signature NOT verified'),
    ).toBeTruthy()

    await chooseEncoding('base64url bytes')
    await ui.click('Check signature')
    expect(await ui.region('Paste a JWT').findByText('✓ Signature verified')).toBeTruthy()
  })

  it('shows the key’s length in bytes as it is read', async () => {
    await renderBouncer()

    await ui.type('Secret', RAW_KEY.toString('base64url'))
    expect(ui.region('Paste a JWT').getByText(/^HMAC key: /).textContent).toBe(
      'HMAC key: 43 bytes (344 bits)',
    )
    await chooseEncoding('base64url bytes')
    expect(ui.region('Paste a JWT').getByText(/^HMAC key: /).textContent).toBe(
      'HMAC key: 32 bytes (256 bits)',
    )
  })

  it('says why a secret is not base64url, and waits for a readable one', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await chooseEncoding('base64url bytes')

    await ui.type('Secret', 'abc/def')

    expect(
      ui.region('Paste a JWT').getByRole('list', { name: 'About this secret' })
        .textContent,
    ).toBe(
      'Not base64url: "/" at position 4 is outside its alphabet (A–Z, a–z, 0–9, - and _). It looks like standard base64: base64url writes - for + and _ for /.',
    )
    expect(screen.getByLabelText('Secret').getAttribute('aria-invalid')).toBe('true')
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Check signature' }).disabled,
    ).toBe(true)
  })

  it('warns about a space copied along with the secret', async () => {
    await renderBouncer()

    await ui.type('Secret', 'your-256-bit-secret ')

    expect(
      ui.region('Paste a JWT').getByRole('list', { name: 'About this secret' })
        .textContent,
    ).toMatch(/^The secret starts or ends with whitespace\./)
  })

  it('shows each decoding problem with its part and where it is, counted from 1', async () => {
    await renderBouncer()

    await ui.type('JWT to decode', 'eyJhbGciOiJIUzI1NiJ9.e30.abc+def=')

    const problems = await ui.region('Paste a JWT').findByRole('list', {
      name: 'Problems with this token',
    })
    expect(problems.querySelector('strong')?.textContent).toBe('signature, character 29:')
  })
})
