import { act, fireEvent, screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { selectHistory } from '../../src/store/selectors'
import { sessionWorlds } from './support/arrange'
import type { SessionWorlds } from './support/arrange'
import { scriptedRunAction } from './support/fake-actions'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: SessionWorlds

beforeAll(async () => {
  worlds = await sessionWorlds()
})

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
