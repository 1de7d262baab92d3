import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { arrange } from './support/arrange'
import { scriptedRunAction } from './support/fake-actions'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

/** A token whose payload says `{"sub":"1","role":"user","exp":1768479300}`. */
const ROLE_TOKEN =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6InVzZXIiLCJleHAiOjE3Njg0NzkzMDB9.c2lnbmF0dXJl'

describe('TamperControl', () => {
  it('prefills role with superuser and applies it through the tamper-token action', async () => {
    const runAction = scriptedRunAction({
      'tamper-token': arrange.jwtWorldHolding(ROLE_TOKEN),
    })
    await renderBouncer({ world: arrange.jwtWorldHolding(ROLE_TOKEN), runAction })

    expect(screen.getByLabelText<HTMLSelectElement>('Claim').value).toBe('role')
    expect(screen.getByLabelText<HTMLInputElement>('New value').value).toBe('superuser')
    await ui.click('Apply tamper')

    expect(runAction.mock.calls[0]?.[1]).toBe('tamper-token')
    expect(runAction.mock.calls[0]?.[2]).toEqual({ claim: 'role', value: 'superuser' })
  })

  it('suggests a later exp when that claim is picked', async () => {
    await renderBouncer({ world: arrange.jwtWorldHolding(ROLE_TOKEN) })

    await ui.type('Claim', 'exp')

    expect(screen.getByLabelText<HTMLInputElement>('New value').value).toBe(
      String(1768479300 + 365 * 24 * 3600),
    )
  })

  it('names the check that failed when the server refused the token', async () => {
    await renderBouncer({ world: arrange.jwtWorldAfterRejectedProfile() })

    expect(ui.region('Tamper').getByRole('status').textContent).toContain(
      'Request #1 got 401 Unauthorized: the check token.signature-checked failed.',
    )
  })

  it('is not offered in session mode', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogin() })

    expect(screen.queryByRole('region', { name: 'Tamper' })).toBeNull()
  })
})
