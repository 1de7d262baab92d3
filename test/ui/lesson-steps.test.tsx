import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { BouncerError } from '../../src/errors/bouncer-error'
import { BouncerContext } from '../../src/store/bouncer-context'
import { selectHistory, selectWorld } from '../../src/store/selectors'
import type { MockStatus } from '../../src/transport/mock-status'
import { AppShell } from '../../src/ui/layout/AppShell'
import type { World } from '../../src/world/world'
import { sessionWorlds } from './support/arrange'
import type { SessionWorlds } from './support/arrange'
import { pendingRunAction, scriptedRunAction } from './support/fake-actions'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: SessionWorlds

const OFF: MockStatus = {
  state: 'unavailable',
  code: 'worker-failed',
  message: 'The mock server failed to start.',
  workerUrl: null,
}

beforeAll(async () => {
  worlds = await sessionWorlds()
})

function button(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name })
}

function counter(): string {
  return (
    ui.region('Lesson').getByText(/^(Step \d+ of \d+|Introduction)/).textContent ?? ''
  )
}

const script = () =>
  scriptedRunAction({ login: worlds.afterLogin, logout: worlds.afterLogout })

describe('stepping through a lesson', () => {
  it('starts at the introduction and counts the steps as Next runs them', async () => {
    await renderBouncer({ world: worlds.fresh, runAction: script() })
    expect(counter()).toBe('Introduction · 3 steps ahead')
    expect(ui.region('Lesson').getByText('wristband').tagName).toBe('STRONG')

    await ui.clickNext()

    expect(counter()).toBe('Step 1 of 3')
    expect(
      ui.region('Lesson').getByRole('heading', { name: 'Show your ID at the door' }),
    ).toBeTruthy()
    expect(
      ui.region('Cookie jar').getByRole('rowheader', { name: /session_id/ }),
    ).toBeTruthy()
  })

  it('runs each step’s action with the lesson’s parameters on the current world', async () => {
    const runAction = script()
    await renderBouncer({ world: worlds.fresh, runAction })

    await ui.clickNext()

    expect(runAction).toHaveBeenCalledTimes(1)
    expect(runAction.mock.calls[0]?.slice(0, 3)).toEqual([
      worlds.fresh,
      'login',
      { username: 'alice' },
    ])
  })

  it('Back restores the exact earlier world without running anything again', async () => {
    const runAction = script()
    const { store } = await renderBouncer({ world: worlds.fresh, runAction })
    await ui.clickNext()
    const afterLogin = selectWorld(store.getState())
    await ui.clickNext()

    await ui.clickBack()
    expect(selectWorld(store.getState())).toBe(afterLogin)
    expect(counter()).toBe('Step 1 of 3')
    await ui.clickBack()
    expect(selectWorld(store.getState())).toBe(worlds.fresh)
    expect(runAction).toHaveBeenCalledTimes(2)
    expect(ui.pressable('Back')).toBe(false)
  })

  it('Next after Back shows the recorded step again, saying so, and sends nothing', async () => {
    const runAction = script()
    const { store } = await renderBouncer({ world: worlds.fresh, runAction })
    await ui.clickNext()
    await ui.clickNext()
    const afterLogout = selectWorld(store.getState())
    await ui.clickBack()
    expect(ui.region('Lesson').getByText(/^Next:/).textContent).toBe(
      'Next: Leave the club (done before; Next shows the recorded result without sending anything)',
    )

    await ui.clickNext()

    expect(selectWorld(store.getState())).toBe(afterLogout)
    expect(counter()).toBe('Step 2 of 3')
    expect(runAction).toHaveBeenCalledTimes(2)
  })

  it('Next after Back still works while the mock server is off, since nothing is sent', async () => {
    const { store, rerender } = await renderBouncer({
      world: worlds.fresh,
      runAction: script(),
    })
    await ui.clickNext()
    const afterLogin = selectWorld(store.getState())
    await ui.clickBack()

    rerender(
      <BouncerContext value={store}>
        <AppShell mock={OFF} problems={[]} />
      </BouncerContext>,
    )
    await ui.clickNext()

    expect(selectWorld(store.getState())).toBe(afterLogin)
    expect(button('Next step').disabled).toBe(true)
  })

  it('a free-play action after Back drops the recorded steps', async () => {
    const { store } = await renderBouncer({ world: worlds.fresh, runAction: script() })
    await ui.clickNext()
    await ui.clickNext()
    await ui.clickBack()
    await ui.clickBack()

    await ui.click('Log in')

    expect(selectHistory(store.getState())?.snapshots.map(({ label }) => label)).toEqual([
      'Start',
      'Free play: Log in',
    ])
  })

  it('a prose section changes nothing and ends the lesson', async () => {
    const { store } = await renderBouncer({ world: worlds.fresh, runAction: script() })
    await ui.clickNext()
    await ui.clickNext()
    const beforeRecap = selectWorld(store.getState())

    await ui.clickNext()

    expect(counter()).toBe('Step 3 of 3')
    expect(selectWorld(store.getState())).toBe(beforeRecap)
    expect(ui.pressable('Next step')).toBe(false)
  })

  it('Reset starts again from a fresh world', async () => {
    const { store } = await renderBouncer({ world: worlds.fresh, runAction: script() })
    await ui.clickNext()

    await ui.clickReset()

    expect(selectWorld(store.getState())).toBe(worlds.fresh)
    expect(counter()).toBe('Introduction · 3 steps ahead')
  })

  it('holds every button, without disabling it, and says it is sending while a step sends', async () => {
    const pending = pendingRunAction()
    await renderBouncer({ world: worlds.fresh, runAction: pending.runAction })

    await ui.clickNext()

    expect(screen.getByText('Sending… Step 1: Show your ID at the door')).toBeTruthy()
    for (const name of [
      'Next step',
      'Back',
      'Reset',
      'Log in',
      'Get profile',
      'Log out',
    ]) {
      expect([
        name,
        button(name).disabled,
        button(name).getAttribute('aria-disabled'),
      ]).toEqual([name, false, 'true'])
    }
    await ui.run(() => pending.resolve(worlds.afterLogin))
    expect(counter()).toBe('Step 1 of 3')
    expect(ui.pressable('Next step')).toBe(true)
  })

  it('keeps the focus on Next step while its step runs, and ignores a second press', async () => {
    const pending = pendingRunAction()
    await renderBouncer({ world: worlds.fresh, runAction: pending.runAction })

    const next = await ui.press('Next step')
    await ui.press('Next step')

    expect(document.activeElement).toBe(next)
    expect(pending.runAction).toHaveBeenCalledTimes(1)
    await ui.run(() => pending.resolve(worlds.afterLogin))
    expect(document.activeElement).toBe(next)
    expect(next.getAttribute('aria-disabled')).toBeNull()
    await ui.press('Next step')
    expect(pending.runAction).toHaveBeenCalledTimes(2)
  })

  it('keeps Back focusable once it reaches the start, where a press does nothing', async () => {
    await renderBouncer({ world: worlds.fresh, runAction: script() })
    await ui.clickNext()

    const back = await ui.press('Back')
    await ui.press('Back')

    expect(counter()).toBe('Introduction · 3 steps ahead')
    expect([back.disabled, back.getAttribute('aria-disabled')]).toEqual([false, 'true'])
    expect(document.activeElement).toBe(back)
  })

  it('says Reset creates a fresh world in the page, and that nothing is sent', async () => {
    let finish: (world: World) => void = () => undefined
    const later = new Promise<World>((resolve) => (finish = resolve))
    let calls = 0
    await renderBouncer({
      createWorld: () => (calls++ === 0 ? Promise.resolve(worlds.fresh) : later),
    })

    await ui.clickReset()

    expect(ui.region('Lesson').getByRole('status').textContent).toBe(
      'Resetting “The wristband: server-side sessions”: creating a fresh world in this page (the server hashes its demo users’ passwords); nothing is sent…',
    )
    await ui.run(() => finish(worlds.fresh))
  })

  it('shows a failed step in place and leaves the world as it was', async () => {
    const pending = pendingRunAction()
    const { store } = await renderBouncer({
      world: worlds.fresh,
      runAction: pending.runAction,
    })

    await ui.clickNext()
    await ui.run(() =>
      pending.reject(
        new BouncerError('transport.worker-lost', 'The mock server stopped answering.'),
      ),
    )

    const alert = ui.region('Lesson').getByRole('alert')
    expect(alert.textContent).toContain(
      'Step 1: Show your ID at the door failed. The mock server stopped answering.',
    )
    expect(alert.textContent).toContain('transport.worker-lost')
    expect(selectWorld(store.getState())).toBe(worlds.fresh)
    expect(counter()).toBe('Introduction · 3 steps ahead')
    expect(button('Next step').disabled).toBe(false)
  })

  it('keeps the words of an error Bouncer did not plan for in a collapsed detail', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const pending = pendingRunAction()
    await renderBouncer({ world: worlds.fresh, runAction: pending.runAction })

    await ui.clickNext()
    await ui.run(() =>
      pending.reject(new TypeError("Cannot read properties of undefined (reading 'x')")),
    )

    const alert = ui.region('Lesson').getByRole('alert')
    expect(alert.querySelector('p')?.textContent).toBe(
      'Step 1: Show your ID at the door failed. Bouncer ran into an error it did not plan for. Try again; if it repeats, Reset the lesson or reload the page.',
    )
    const detail = alert.querySelector('details')
    expect(detail?.open).toBe(false)
    expect(detail?.textContent).toBe(
      "Technical detailCode unexpected: TypeError: Cannot read properties of undefined (reading 'x').",
    )
    expect(quiet).toHaveBeenCalledWith(
      '[bouncer]',
      'Step 1: Show your ID at the door failed in a way Bouncer did not plan for.',
      expect.any(TypeError),
    )
    quiet.mockRestore()
  })
})
