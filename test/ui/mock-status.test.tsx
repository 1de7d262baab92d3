import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { MockStatus } from '../../src/transport/mock-status'
import { CALLAHAN_TOKEN } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

const UNAVAILABLE: MockStatus = {
  state: 'unavailable',
  code: 'worker-failed',
  message: 'The mock server could not start: the Service Worker script was not found.',
  workerUrl: 'https://learner.github.io/auth-lab/mockServiceWorker.js',
}

describe('when the mock server is unavailable', () => {
  it('shows a banner with the reason and the worker URL it tried', async () => {
    await renderBouncer({ mock: UNAVAILABLE })

    const banner = screen.getByRole('alert')
    expect(banner.textContent).toContain(UNAVAILABLE.message)
    expect(banner.textContent).toContain(
      'Service Worker tried: https://learner.github.io/auth-lab/mockServiceWorker.js',
    )
    expect(screen.getByText('off').closest('p')?.textContent).toBe('Mock server: off')
  })

  it('disables every button that would send a request', async () => {
    await renderBouncer({ mock: UNAVAILABLE })

    for (const name of [
      'Next step',
      'Log in',
      'Get profile',
      'Log out',
      'Advance clock',
    ]) {
      expect(screen.getByRole<HTMLButtonElement>('button', { name }).disabled).toBe(true)
    }
  })

  it('keeps the token box working', async () => {
    await renderBouncer({ mock: UNAVAILABLE })

    await ui.type('JWT to decode', CALLAHAN_TOKEN)

    expect(
      await ui.region('Paste a JWT').findByText(/"name": "Michael Callahan"/),
    ).toBeTruthy()
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Check signature' }).disabled,
    ).toBe(false)
  })
})
