import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { sessionWorlds } from './support/arrange'
import type { SessionWorlds } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: SessionWorlds
let sessionId: string

beforeAll(async () => {
  worlds = await sessionWorlds()
  sessionId = worlds.afterLogin.browser.cookies[0]?.value ?? ''
})

function rowCells(name: RegExp): (string | null)[] {
  const row = ui.region('Cookie jar').getByRole('rowheader', { name }).closest('tr')
  return [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent)
}

function pressed(): string | undefined {
  return (
    ui.region('Cookie jar').getByRole('button', { pressed: true }).textContent ??
    undefined
  )
}

describe('CookieJarView', () => {
  it('lists the session cookie login stored, with every attribute, marked added by it', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    expect(sessionId).toMatch(/^[\w-]{43}$/)
    expect(rowCells(/session_id/)).toEqual([
      'session_idadded by #1',
      sessionId,
      'example.comhost-only',
      '/',
      'session',
      'HttpOnly: hidden from script',
      'yes',
      'Strict',
    ])
    expect(pressed()).toBe('After')
  })

  it('shows that document.cookie sees nothing of an HttpOnly cookie', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    expect(screen.getByTestId('document-cookie').textContent).toBe('""')
    expect(
      ui.region('Cookie jar').getByText(/HttpOnly cookies are left out/),
    ).toBeTruthy()
  })

  it('says the login response stored the cookie', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    expect(ui.region('Cookie jar').getByText('session_id: stored')).toBeTruthy()
  })

  it('says logout deleted the cookie with Max-Age=0, and the jar after it is empty', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    const jar = ui.region('Cookie jar')
    expect(jar.getByText('session_id: deleted (Max-Age=0)')).toBeTruthy()
    expect(jar.getByText('Removed by exchange #3: session_id')).toBeTruthy()
    expect(jar.getByText(/^The jar is empty/)).toBeTruthy()
    expect(jar.queryByRole('table')).toBeNull()
  })

  it('shows an earlier exchange’s own jar, not today’s, when the timeline picks it', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    await ui.click('#1 POST /login 200')

    expect(rowCells(/session_id/)[0]).toBe('session_idadded by #1')
    expect(
      ui.region('Cookie jar').getByText(/^As it was just after exchange #1/),
    ).toBeTruthy()
  })

  it('switches to the jar just before the exchange, marking the cookie it is about to remove', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    await ui.within('Cookie jar').click('Before')

    expect(pressed()).toBe('Before')
    expect(rowCells(/session_id/)).toEqual(
      expect.arrayContaining(['session_idremoved by #3', sessionId]),
    )
    expect(
      ui
        .region('Cookie jar')
        .getByText(/^As it was just before exchange #3, POST \/logout/),
    ).toBeTruthy()
    expect(screen.getByTestId('document-cookie').textContent).toBe('""')
  })

  it('marks nothing before login: the jar just before it was empty, and login adds one', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    await ui.within('Cookie jar').click('Before')

    const jar = ui.region('Cookie jar')
    expect(jar.getByText(/^The jar is empty/)).toBeTruthy()
    expect(
      jar.getByText('Not in the jar yet; added by exchange #1: session_id'),
    ).toBeTruthy()
  })

  it('labels every cell with its column, so a narrow panel can stack each cookie as a card', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    const table = ui.region('Cookie jar').getByRole('table')
    const headings = [...table.querySelectorAll('thead th')].map((th) => th.textContent)
    const labels = [...table.querySelectorAll<HTMLElement>('tbody td')].map(
      (td) => td.dataset['label'],
    )
    expect(labels).toEqual(headings.slice(1))
  })

  it('puts the table in a named scroll box the keyboard can reach', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    const box = ui
      .region('Cookie jar')
      .getByRole('region', { name: 'Cookies in the browser’s jar' })
    expect(box.tabIndex).toBe(0)
    expect(box.contains(ui.region('Cookie jar').getByRole('table'))).toBe(true)
  })

  it('shows the current jar, with no switch, before anything is sent', async () => {
    await renderBouncer({ world: worlds.fresh })

    const jar = ui.region('Cookie jar')
    expect(jar.getByText(/^The jar is empty/)).toBeTruthy()
    expect(jar.queryByRole('button', { name: 'Before' })).toBeNull()
  })
})
