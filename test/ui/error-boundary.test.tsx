import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { BouncerContext } from '../../src/store/bouncer-context'
import type { Exchange } from '../../src/trace/exchange'
import { AppErrorBoundary } from '../../src/ui/layout/AppErrorBoundary'
import { AppShell } from '../../src/ui/layout/AppShell'
import { Panel } from '../../src/ui/layout/Panel'
import type { World } from '../../src/world/world'
import { CALLAHAN_TOKEN, holding, jwtWorlds, sessionWorlds } from './support/arrange'
import { ACTIVE_MOCK, renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let afterLogin: World
let jwtAfterLogin: World

beforeAll(async () => {
  afterLogin = (await sessionWorlds()).afterLogin
  jwtAfterLogin = (await jwtWorlds()).afterLogin
})

// React and our logger report the caught error on the console; the test expects it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** A world whose last exchange lost its request: the exchange view cannot draw it. */
function worldWithBrokenExchange(): World {
  const [exchange] = afterLogin.trace
  const broken = { ...exchange, request: undefined } as unknown as Exchange
  return { ...afterLogin, trace: [broken] }
}

describe('a panel that throws', () => {
  it('shows "This panel failed" in place while the other panels keep working', async () => {
    await renderBouncer({ world: worldWithBrokenExchange() })

    const failure = ui.region('HTTP exchange').getByRole('alert')
    expect(failure.textContent).toMatch(/^This panel failed: /)
    expect(ui.region('HTTP exchange').getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(ui.region('Server steps').getByText(/matches the stored hash\.$/)).toBeTruthy()
  })

  it('keeps what the learner typed in the token box', async () => {
    await renderBouncer({ world: worldWithBrokenExchange() })

    await ui.type('JWT to decode', CALLAHAN_TOKEN)

    expect(screen.getByLabelText<HTMLTextAreaElement>('JWT to decode').value).toBe(
      CALLAHAN_TOKEN,
    )
  })

  it('draws the panel again on Retry once the fault is gone', () => {
    function Flaky({ fail }: { readonly fail: boolean }) {
      if (fail) throw new Error('the exchange has no request')
      return <p>Drawn again.</p>
    }
    function Harness() {
      const [fail, setFail] = useState(true)
      return (
        <>
          <button type="button" onClick={() => setFail(false)}>
            Fix it
          </button>
          <Panel title="HTTP exchange">
            <Flaky fail={fail} />
          </Panel>
        </>
      )
    }
    render(<Harness />)
    expect(screen.getByRole('alert').textContent).toContain(
      'This panel failed: the exchange has no request',
    )

    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Fix it' }))
    })
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    })

    expect(screen.getByText('Drawn again.')).toBeTruthy()
    expect(screen.queryByRole('alert')).toBeNull()
  })
})

// A Retry draws a panel from scratch, as drawing the page again does.
describe('the forms, drawn again', () => {
  it('give back the request composer’s method, path and body', async () => {
    const { store, unmount } = await renderBouncer()
    await ui.type('Path', '/admin/users')
    await ui.type('Body (sent as JSON, exactly as typed)', '{"role": ')
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Method'), { target: { value: 'PATCH' } })
    })
    unmount()

    render(
      <BouncerContext value={store}>
        <AppShell mock={ACTIVE_MOCK} problems={[]} />
      </BouncerContext>,
    )

    expect(screen.getByLabelText<HTMLSelectElement>('Method').value).toBe('PATCH')
    expect(screen.getByLabelText<HTMLInputElement>('Path').value).toBe('/admin/users')
    expect(
      screen.getByLabelText<HTMLTextAreaElement>('Body (sent as JSON, exactly as typed)')
        .value,
    ).toBe('{"role": ')
  })

  it('give back the tamper form’s claim and value', async () => {
    const { store, unmount } = await renderBouncer({ world: holding(jwtAfterLogin) })
    await ui.type('Claim', 'name')
    await ui.type('New value', 'Mallory')
    unmount()

    render(
      <BouncerContext value={store}>
        <AppShell mock={ACTIVE_MOCK} problems={[]} />
      </BouncerContext>,
    )

    expect(screen.getByLabelText<HTMLSelectElement>('Claim').value).toBe('name')
    expect(screen.getByLabelText<HTMLInputElement>('New value').value).toBe('Mallory')
  })
})

describe('the whole page failing', () => {
  function Broken(): never {
    throw new Error('the header could not be drawn')
  }

  it('says what failed and offers Reload, which keeps the saved progress', () => {
    const reload = vi.fn()
    const forgetProgress = vi.fn()
    render(
      <AppErrorBoundary reload={reload} forgetProgress={forgetProgress}>
        <Broken />
      </AppErrorBoundary>,
    )

    const failure = screen.getByRole('alert')
    expect(failure.querySelector('h1')?.textContent).toBe('Bouncer stopped working')
    expect(failure.textContent).toContain(
      'The page failed while drawing itself: the header could not be drawn',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }))
    expect(reload).toHaveBeenCalledTimes(1)
    expect(forgetProgress).not.toHaveBeenCalled()
  })

  it('offers Start over, which forgets the saved progress before reloading', () => {
    const order: string[] = []
    render(
      <AppErrorBoundary
        reload={() => order.push('reload')}
        forgetProgress={() => order.push('forget')}
      >
        <Broken />
      </AppErrorBoundary>,
    )

    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))

    expect(order).toEqual(['forget', 'reload'])
  })
})
