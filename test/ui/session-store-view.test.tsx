import { describe, expect, it } from 'vitest'
import { arrange, SESSION_ID } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

describe('SessionStoreView', () => {
  it('lists the session with a shortened id, its data and when it expires', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogin() })

    const store = ui.region('Session store')
    const row = store.getByRole('rowheader').closest('tr')
    const cells = [...(row?.querySelectorAll('td') ?? [])].map((cell) => cell.textContent)
    expect(cells).toEqual([
      '{"user_id":1,"username":"alice","role":"user"}',
      '2026-01-15 12:00:00 UTC (now)',
      '2026-01-15 12:30:00 UTC (in 30 min)',
    ])
    expect(store.getByText(`${SESSION_ID.slice(0, 8)}…`)).toBeTruthy()
    expect(store.getByTitle(SESSION_ID)).toBeTruthy()
  })

  it('says which session logout destroyed', async () => {
    await renderBouncer({ world: arrange.sessionWorldAfterLogout() })

    const store = ui.region('Session store')
    expect(store.getByText(/No sessions: nobody is logged in/)).toBeTruthy()
    expect(
      store.getByText(`Exchange #2 destroyed session ${SESSION_ID.slice(0, 8)}….`),
    ).toBeTruthy()
  })

  it('explains that in JWT mode the server keeps no list', async () => {
    await renderBouncer({ world: arrange.jwtWorldHolding() })

    expect(ui.region('Session store').getByText(/the server keeps no list/)).toBeTruthy()
  })
})
