import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { CALLAHAN_TOKEN } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

function tokenField(): HTMLTextAreaElement {
  return screen.getByLabelText('JWT to decode')
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
      expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      'Received in the token',
      'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    ])
    expect(pair[1]).not.toBe(pair[3])
  })

  it('never changes the token text when the secret changes', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'first-secret')
    await ui.click('Check signature')
    await ui.region('Paste a JWT').findByText('✗ Signature NOT verified')

    for (const secret of ['', 'y', 'your-super-secret-key', 'your-256-bit-secret']) {
      await ui.type('Secret', secret)
      expect(tokenField().value).toBe(CALLAHAN_TOKEN)
    }
    expect(screen.getByText(/changed since the last check/)).toBeTruthy()
  })

  it('shows each decoding problem with its part and offset', async () => {
    await renderBouncer()

    await ui.type('JWT to decode', 'eyJhbGciOiJIUzI1NiJ9.e30.abc+def=')

    const problems = await ui.region('Paste a JWT').findByRole('list', {
      name: 'Problems with this token',
    })
    expect(problems.textContent).toMatch(/signature at offset \d+:/)
  })
})
