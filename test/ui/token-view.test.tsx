import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { storedToken } from '../../src/world/actions/token-storage'
import type { World } from '../../src/world/world'
import {
  CALLAHAN_TOKEN,
  freshWorld,
  holding,
  jwtWorlds,
  sessionWorlds,
} from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

const [HEADER, PAYLOAD, SIGNATURE] = CALLAHAN_TOKEN.split('.')

let pasted: World
let loggedIn: World

beforeAll(async () => {
  pasted = holding(await freshWorld('jwt'))
  loggedIn = (await jwtWorlds()).afterLogin
})

describe('TokenView', () => {
  it('splits the stored token into its three coloured, labelled parts', async () => {
    await renderBouncer({ world: pasted })

    const raw = ui.region('Token').getByLabelText('Token as sent, segment by segment')
    const parts = [...raw.querySelectorAll('.token-part')].map((part) => [
      part.className,
      part.getAttribute('data-label'),
      part.textContent,
    ])
    expect(parts).toEqual([
      ['token-part part-header', 'header', HEADER],
      ['token-part part-payload', 'payload', PAYLOAD],
      ['token-part part-signature', 'signature', SIGNATURE],
    ])
    expect(raw.textContent).toBe(CALLAHAN_TOKEN)
  })

  it('decodes the payload, showing the name anyone can read', async () => {
    await renderBouncer({ world: pasted })

    const token = ui.region('Token')
    expect(token.getByRole('row', { name: /^name Michael Callahan/ })).toBeTruthy()
    expect(token.getByText(/"name": "Michael Callahan"/)).toBeTruthy()
    expect(token.getByText(/anyone who holds the token can read it/)).toBeTruthy()
  })

  it('places iat in time against the virtual clock', async () => {
    await renderBouncer({ world: pasted })

    const iat = ui.region('Token').getByRole('row', { name: /^iat / })
    expect(iat.textContent).toContain('1516239022 (2018-01-18T01:30:22Z)')
    expect(iat.textContent).toContain('issued 7 years ago')
  })

  it('shows the token the server signed at login, held in localStorage, expiring in 15 min', async () => {
    await renderBouncer({ world: loggedIn })

    const token = ui.region('Token')
    expect(
      token.getByRole('heading', { name: 'Held in localStorage["access_token"]' }),
    ).toBeTruthy()
    expect(token.getByLabelText('Token as sent, segment by segment').textContent).toBe(
      storedToken(loggedIn),
    )
    expect(token.getByRole('row', { name: /^exp 1768479300 / }).textContent).toContain(
      'expires in 15 min',
    )
  })

  it('is not shown in session mode, where the empty localStorage still is', async () => {
    const { afterLogin } = await sessionWorlds()
    await renderBouncer({ world: afterLogin })

    expect(screen.queryByRole('region', { name: 'Token' })).toBeNull()
    expect(
      ui.region('Token storage').getByText(/^Empty\. A JWT client keeps/),
    ).toBeTruthy()
    expect(ui.region('Paste a JWT').getByLabelText('JWT to decode')).toBeTruthy()
  })
})
