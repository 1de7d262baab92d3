import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { BouncerError } from '../../src/errors/bouncer-error'
import { selectWorld } from '../../src/store/selectors'
import { arrange } from './support/arrange'
import { pendingRunAction, scriptedRunAction } from './support/fake-actions'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

function button(name: string): HTMLButtonElement {
  return screen.getByRole('button', { name })
}

function counter(): string {
  return (
    ui.region('Lesson').getByText(/^(Step \d+ of \d+|Introduction)/).textContent ?? ''
  )
}

const script = () =>
  scriptedRunAction({
    login: arrange.sessionWorldAfterLogin(),
    logout: arrange.sessionWorldAfterLogout(),
  })

describe('stepping through a lesson', () => {
  it('starts at the introduction and counts the steps as Next runs them', async () => {
    await renderBouncer({ runAction: script() })
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
    const fresh = arrange.freshWorld()
    await renderBouncer({ world: fresh, runAction })

    await ui.clickNext()

    expect(runAction).toHaveBeenCalledTimes(1)
    expect(runAction.mock.calls[0]?.slice(0, 3)).toEqual([
      fresh,
      'login',
      { username: 'alice' },
    ])
  })

  it('Back restores the exact earlier world without running anything again', async () => {
    const runAction = script()
    const { store } = await renderBouncer({ runAction })
    const start = selectWorld(store.getState())
    await ui.clickNext()
    const afterLogin = selectWorld(store.getState())
    await ui.clickNext()

    await ui.clickBack()
    expect(selectWorld(store.getState())).toBe(afterLogin)
    expect(counter()).toBe('Step 1 of 3')
    await ui.clickBack()
    expect(selectWorld(store.getState())).toBe(start)
    expect(runAction).toHaveBeenCalledTimes(2)
    expect(button('Back').disabled).toBe(true)
  })

  it('Next after Back runs the step again from there and drops the later worlds', async () => {
    const { store } = await renderBouncer({ runAction: script() })
    await ui.clickNext()
    await ui.clickNext()
    await ui.clickBack()
    await ui.clickBack()

    await ui.clickNext()

    expect(store.getState().history?.snapshots.map((snapshot) => snapshot.label)).toEqual(
      ['Start', 'Step 1: Show your ID at the door'],
    )
  })

  it('a prose section changes nothing and ends the lesson', async () => {
    const { store } = await renderBouncer({ runAction: script() })
    await ui.clickNext()
    await ui.clickNext()
    const beforeRecap = selectWorld(store.getState())

    await ui.clickNext()

    expect(counter()).toBe('Step 3 of 3')
    expect(selectWorld(store.getState())).toBe(beforeRecap)
    expect(button('Next step').disabled).toBe(true)
  })

  it('Reset starts again from a fresh world', async () => {
    const fresh = arrange.freshWorld()
    const { store } = await renderBouncer({ world: fresh, runAction: script() })
    await ui.clickNext()

    await ui.clickReset()

    expect(selectWorld(store.getState())).toBe(fresh)
    expect(counter()).toBe('Introduction · 3 steps ahead')
  })

  it('disables the buttons and says it is sending while a step runs', async () => {
    const pending = pendingRunAction()
    await renderBouncer({ runAction: pending.runAction })

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
      expect(button(name).disabled).toBe(true)
    }
    await ui.run(() => pending.resolve(arrange.sessionWorldAfterLogin()))
    expect(counter()).toBe('Step 1 of 3')
    expect(button('Next step').disabled).toBe(false)
  })

  it('shows a failed step in place and leaves the world as it was', async () => {
    const pending = pendingRunAction()
    const fresh = arrange.freshWorld()
    const { store } = await renderBouncer({ world: fresh, runAction: pending.runAction })

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
    expect(selectWorld(store.getState())).toBe(fresh)
    expect(counter()).toBe('Introduction · 3 steps ahead')
    expect(button('Next step').disabled).toBe(false)
  })
})
