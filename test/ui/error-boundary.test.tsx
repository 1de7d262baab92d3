import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Exchange } from '../../src/trace/exchange'
import { Panel } from '../../src/ui/layout/Panel'
import { arrange, CALLAHAN_TOKEN } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

// React and our logger report the caught error on the console; the test expects it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** A world whose last exchange lost its request: the exchange view cannot draw it. */
function worldWithBrokenExchange() {
  const world = arrange.sessionWorldAfterLogin()
  const [exchange] = world.trace
  const broken = { ...exchange, request: undefined } as unknown as Exchange
  return { ...world, trace: [broken] }
}

describe('a panel that throws', () => {
  it('shows "This panel failed" in place while the other panels keep working', async () => {
    await renderBouncer({ world: worldWithBrokenExchange() })

    const failure = ui.region('HTTP exchange').getByRole('alert')
    expect(failure.textContent).toMatch(/^This panel failed: /)
    expect(ui.region('HTTP exchange').getByRole('button', { name: 'Retry' })).toBeTruthy()
    expect(
      ui.region('Cookie jar').getByRole('rowheader', { name: /session_id/ }),
    ).toBeTruthy()
    expect(ui.region('Server steps').getByText('The password hash matches.')).toBeTruthy()
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
