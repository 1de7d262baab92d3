import { act, fireEvent, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { selectHistory } from '../../src/store/selectors'
import { runAction } from '../../src/world/actions'
import { jwtWorlds, sessionWorlds } from './support/arrange'
import type { JwtWorlds, SessionWorlds } from './support/arrange'
import { pendingRunAction, scriptedRunAction } from './support/fake-actions'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: SessionWorlds
let jwt: JwtWorlds

beforeAll(async () => {
  worlds = await sessionWorlds()
  jwt = await jwtWorlds()
})

function remark(): string | null | undefined {
  return ui.region('Lesson').queryByRole('note')?.textContent
}

describe('free play', () => {
  it('runs an action outside the script and Back undoes it', async () => {
    const runAction = scriptedRunAction({ login: worlds.afterLogin })
    const { store } = await renderBouncer({ world: worlds.fresh, runAction })

    await ui.click('Log in')

    expect(runAction.mock.calls[0]?.[1]).toBe('login')
    expect(
      ui.region('Timeline').getByRole('button', { name: '#1 POST /login 200' }),
    ).toBeTruthy()
    expect(selectHistory(store.getState())?.snapshots.at(-1)?.label).toBe(
      'Free play: Log in',
    )
    expect(ui.region('Lesson').getByText('Introduction · 3 steps ahead')).toBeTruthy()

    await ui.clickBack()
    expect(ui.region('Timeline').getByText('No requests yet.')).toBeTruthy()
  })

  it('says when an action had nothing to act on, and leaves nothing for Back to undo', async () => {
    const { store } = await renderBouncer({ world: jwt.fresh, runAction })

    await ui.click('Replay saved token')
    expect(remark()).toBe('No saved copy of a token yet: save one while logged in first.')
    await ui.click('Save a token copy')
    expect(remark()).toBe('There is no token in localStorage to copy: log in first.')

    expect(selectHistory(store.getState())?.snapshots).toHaveLength(1)
    expect(ui.pressable('Back')).toBe(false)
  })

  it.each(['Log in', 'Get profile', 'Log out', 'Advance clock', 'Send request'])(
    'keeps the focus on %s while it runs, and ignores a second press',
    async (name) => {
      const pending = pendingRunAction()
      await renderBouncer({ world: worlds.fresh, runAction: pending.runAction })

      const button = await ui.press(name)
      await ui.press(name)

      expect(document.activeElement).toBe(button)
      expect([button.disabled, button.getAttribute('aria-disabled')]).toEqual([
        false,
        'true',
      ])
      expect(pending.runAction).toHaveBeenCalledTimes(1)
      await ui.run(() => pending.resolve(worlds.afterLogin))
      expect(document.activeElement).toBe(button)
      expect(ui.pressable(name)).toBe(true)
    },
  )

  it('advances the clock by the minutes typed', async () => {
    const later = { ...worlds.fresh, now: worlds.fresh.now + 20 * 60_000 }
    const runAction = scriptedRunAction({ 'advance-clock': later })
    await renderBouncer({ world: worlds.fresh, runAction })

    await ui.type('Minutes', '20')
    await ui.click('Advance clock')

    expect(runAction.mock.calls[0]?.[2]).toEqual({ minutes: '20' })
    expect(screen.getByText('2026-01-15 12:20:00 UTC')).toBeTruthy()
  })
})

describe('the request composer', () => {
  it('starts at GET /profile, a route the server knows', async () => {
    await renderBouncer({ world: worlds.fresh })

    expect(screen.getByLabelText<HTMLSelectElement>('Method').value).toBe('GET')
    expect(screen.getByLabelText<HTMLInputElement>('Path').value).toBe('/profile')
  })

  it('says under Send request what the browser attaches and keeps in session mode', async () => {
    await renderBouncer({ world: worlds.fresh })

    const send = screen.getByRole('button', { name: 'Send request' })
    const note = document.getElementById(send.getAttribute('aria-describedby') ?? '')
    expect(note?.textContent).toBe(
      'The browser attaches the cookies its jar chooses, and stores any Set-Cookie in the answer; the page’s script does nothing more with it.',
    )
  })

  it('sends the method, path and body exactly as typed', async () => {
    const runAction = scriptedRunAction({ 'send-request': worlds.fresh })
    await renderBouncer({ world: worlds.fresh, runAction })

    await ui.type('Path', '/admin')
    await ui.type('Body (sent as JSON, exactly as typed)', '{"broken": ')
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'POST' } })
    })
    await ui.click('Send request')

    expect(runAction.mock.calls[0]?.[1]).toBe('send-request')
    expect(runAction.mock.calls[0]?.[2]).toEqual({
      method: 'POST',
      path: '/admin',
      body: '{"broken": ',
    })
  })
})
