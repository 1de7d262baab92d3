import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { decodeToken } from '../../src/jwt/decode-token'
import { storedToken } from '../../src/world/actions/token-storage'
import { holding, jwtWorlds, sessionWorlds } from './support/arrange'
import type { JwtWorlds } from './support/arrange'
import { pendingRunAction, scriptedRunAction } from './support/fake-actions'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

/** A token whose payload says `{"sub":"1","role":"user","exp":1768479300}`. */
const ROLE_TOKEN =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZSI6InVzZXIiLCJleHAiOjE3Njg0NzkzMDB9.c2lnbmF0dXJl'

let worlds: JwtWorlds

beforeAll(async () => {
  worlds = await jwtWorlds()
})

describe('TamperControl', () => {
  it('prefills role with superuser and applies it through the tamper-token action', async () => {
    const runAction = scriptedRunAction({ 'tamper-token': worlds.afterTamper })
    await renderBouncer({ world: worlds.afterLogin, runAction })

    expect(screen.getByLabelText<HTMLSelectElement>('Claim').value).toBe('role')
    expect(screen.getByLabelText<HTMLInputElement>('New value').value).toBe('superuser')
    await ui.click('Apply tamper')

    expect(runAction.mock.calls[0]?.[1]).toBe('tamper-token')
    expect(runAction.mock.calls[0]?.[2]).toEqual({ claim: 'role', value: 'superuser' })
    const stored = storedToken(worlds.afterTamper) ?? ''
    expect(decodeToken(stored).payload?.['role']).toBe('superuser')
  })

  it('keeps the focus on Apply tamper while it runs', async () => {
    const pending = pendingRunAction()
    await renderBouncer({ world: worlds.afterLogin, runAction: pending.runAction })

    const apply = await ui.press('Apply tamper')

    expect([apply.disabled, apply.getAttribute('aria-disabled')]).toEqual([false, 'true'])
    expect(document.activeElement).toBe(apply)
    await ui.run(() => pending.resolve(worlds.afterTamper))
    expect(document.activeElement).toBe(apply)
    expect(ui.pressable('Apply tamper')).toBe(true)
  })

  it('suggests a later exp when that claim is picked', async () => {
    await renderBouncer({ world: holding(worlds.fresh, ROLE_TOKEN) })

    await ui.type('Claim', 'exp')

    expect(screen.getByLabelText<HTMLInputElement>('New value').value).toBe(
      String(1768479300 + 365 * 24 * 3600),
    )
  })

  it('names the check that failed when the server refused the forged token', async () => {
    await renderBouncer({ world: worlds.afterRejectedProfile })

    expect(ui.region('Tamper').getByRole('status').textContent).toBe(
      "Request #2 got 401 Unauthorized: the check token.signature-checked failed. The signature does not match the HMAC of header.payload under the server's secret: the token was changed after signing, or signed with another key.",
    )
  })

  it('is not offered in session mode', async () => {
    const { afterLogin } = await sessionWorlds()
    await renderBouncer({ world: afterLogin })

    expect(screen.queryByRole('region', { name: 'Tamper' })).toBeNull()
  })
})
