import { describe, expect, it } from 'vitest'
import { arrange, CALLAHAN_TOKEN } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

const [HEADER, PAYLOAD, SIGNATURE] = CALLAHAN_TOKEN.split('.')

describe('SignatureCheckView', () => {
  it('walks through the server’s check of a refused token, step by step', async () => {
    await renderBouncer({ world: arrange.jwtWorldAfterRejectedProfile() })

    const check = ui.region('Signature check')
    const steps = check
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent)
    expect(steps).toEqual([
      'Signing input',
      'Signature computed by the server',
      'Signature received',
      'Compare',
      'Verdict',
    ])
    expect(check.getByText(HEADER ?? '').className).toBe('token-part part-header')
    expect(check.getByText(PAYLOAD ?? '').className).toBe('token-part part-payload')
    expect(check.getByText(SIGNATURE ?? '')).toBeTruthy()
    expect(check.getByTestId('signature-computed').textContent).toBe(
      'x0Zr2b9nVYkJtq6sBAuQ3J8m0PjbLr3dlR2u6vYI1aE',
    )
    expect(check.getByText('✗ Not equal.')).toBeTruthy()
    expect(check.getByText('Rejected.').closest('p')?.textContent).toBe(
      'Rejected. The signature does not match: the token was changed or signed elsewhere.',
    )
  })

  it('explains itself when the selected request checked no signature', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogin() })

    expect(
      ui.region('Signature check').getByText(/had no token signature to check/),
    ).toBeTruthy()
  })
})
