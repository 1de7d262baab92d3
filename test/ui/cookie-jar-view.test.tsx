import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { arrange, SESSION_ID } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

describe('CookieJarView', () => {
  it('lists the session cookie with every attribute, and flags it HttpOnly', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogin() })

    const jar = ui.region('Cookie jar')
    const row = jar.getByRole('rowheader', { name: /session_id/ }).closest('tr')
    const cells = [...(row?.querySelectorAll('th, td') ?? [])].map(
      (cell) => cell.textContent,
    )
    expect(cells).toEqual([
      'session_idadded',
      SESSION_ID,
      'example.comhost-only',
      '/',
      'session',
      'HttpOnly: hidden from script',
      'yes',
      'Strict',
    ])
  })

  it('shows that document.cookie sees nothing of an HttpOnly cookie', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogin() })

    expect(screen.getByTestId('document-cookie').textContent).toBe('""')
    expect(
      ui.region('Cookie jar').getByText(/HttpOnly cookies are left out/),
    ).toBeTruthy()
  })

  it('says the login response stored the cookie', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogin() })

    expect(ui.region('Cookie jar').getByText('session_id: stored')).toBeTruthy()
  })

  it('says logout deleted the cookie with Max-Age=0, and the jar is empty', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogout() })

    const jar = ui.region('Cookie jar')
    expect(jar.getByText('session_id: deleted (Max-Age=0)')).toBeTruthy()
    expect(jar.getByText('Removed by exchange #2: session_id')).toBeTruthy()
    expect(jar.queryByRole('table')).toBeNull()
  })
})
