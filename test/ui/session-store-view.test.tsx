import { beforeAll, describe, expect, it } from 'vitest'
import { holding, jwtWorlds, sessionWorlds } from './support/arrange'
import type { SessionWorlds } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: SessionWorlds
let sessionId: string

beforeAll(async () => {
  worlds = await sessionWorlds()
  sessionId = Object.keys(worlds.afterLogin.server.sessions)[0] ?? ''
})

function rowCells(): (string | null)[] {
  const row = ui.region('Session store').getByRole('rowheader').closest('tr')
  return [...(row?.querySelectorAll('th, td') ?? [])].map((cell) => cell.textContent)
}

describe('SessionStoreView', () => {
  it('lists the session login created, with a shortened id, its data and when it expires', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    const store = ui.region('Session store')
    expect(rowCells()).toEqual([
      `${sessionId.slice(0, 8)}…${sessionId}added by #1`,
      '{"user_id":123,"username":"alice","role":"admin"}',
      '2026-01-15 12:00:00 UTC (now)',
      '2026-01-15 12:30:00 UTC (in 30 min)',
    ])
    expect(store.getByTitle(sessionId)).toBeTruthy()
  })

  it('says which session logout destroyed, and the store after it is empty', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    const store = ui.region('Session store')
    expect(store.getByText(/No sessions: nobody is logged in/)).toBeTruthy()
    expect(
      store.getByText(`Exchange #3 destroyed session ${sessionId.slice(0, 8)}….`),
    ).toBeTruthy()
  })

  it('shows the store just before logout, with the session it is about to remove', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    await ui.within('Session store').click('Before')

    expect(rowCells()[0]).toBe(`${sessionId.slice(0, 8)}…${sessionId}removed by #3`)
    expect(
      ui.region('Session store').getByText(/^As it was just before exchange #3/),
    ).toBeTruthy()
  })

  it('shows the store as exchange #2 left it when the timeline picks it, though logout came later', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    await ui.click('#2 GET /profile 200')

    expect(rowCells()[0]).toBe(`${sessionId.slice(0, 8)}…${sessionId}`)
    expect(ui.region('Session store').queryByText(/destroyed/)).toBeNull()
  })

  it('explains that in JWT mode the server keeps no list', async () => {
    const { afterLogin } = await jwtWorlds()
    await renderBouncer({ world: holding(afterLogin) })

    expect(ui.region('Session store').getByText(/the server keeps no list/)).toBeTruthy()
  })
})
