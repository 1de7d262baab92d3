import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { createRoot } from 'react-dom/client'
import type { Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SAVED_PROGRESS_KEY } from '../../src/store/saved-progress'
import type { MockStatus } from '../../src/transport/mock-status'
import type { MockServer } from '../../src/transport/start-mock-server'
import { mountApp } from '../../src/ui/mount-app'
import { directSend } from '../helpers/direct-send'
import { memoryStorage } from '../store/memory-storage'
import { ACTIVE_MOCK } from './support/render-bouncer'

let container: HTMLElement
let root: Root

beforeEach(() => {
  container = document.body.appendChild(document.createElement('div'))
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
  vi.restoreAllMocks()
})

/** A start-up the test settles when it chooses, as a slow Service Worker would. */
function startUp() {
  let settle = {
    resolve: (_server: MockServer) => {},
    reject: (_error: unknown) => {},
  }
  const promise = new Promise<MockServer>((resolve, reject) => {
    settle = { resolve, reject }
  })
  return { promise, ...settle }
}

function mount(started: Promise<MockServer>, storage = memoryStorage().storage) {
  const reload = vi.fn()
  act(() => mountApp(root, started, { storage, reload }))
  return { reload }
}

function badge(): string {
  return screen.getByText(/^Mock server:/).textContent ?? ''
}

function nextStep(): HTMLButtonElement {
  return screen.getByRole('button', { name: 'Next step' })
}

describe('mounting the page', () => {
  it('draws at once while the mock server starts, and Next waits for it', () => {
    mount(startUp().promise)

    expect(
      screen.getByText(
        'Starting the mock server in this page… The step buttons wait until it answers.',
      ),
    ).toBeTruthy()
    expect(badge()).toBe('Mock server: starting…')
    expect(nextStep().disabled).toBe(true)
  })

  it('becomes active when the worker starts, and sends through the server it got', async () => {
    const started = startUp()
    mount(started.promise)

    await act(async () => started.resolve({ status: ACTIVE_MOCK, send: directSend }))
    expect(badge()).toBe('Mock server: active')
    expect(screen.queryByText(/^Starting the mock server/)).toBeNull()
    await waitFor(() => expect(nextStep().disabled).toBe(false), { timeout: 10_000 })

    await act(async () => {
      fireEvent.click(nextStep())
    })
    await waitFor(
      () =>
        expect(screen.getByLabelText('Request as sent').textContent).toMatch(
          /^POST \/login HTTP\/1.1\n/,
        ),
      { timeout: 10_000 },
    )
  }, 20_000)

  it('says why when starting the mock server rejects, instead of staying blank', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const started = startUp()
    mount(started.promise)

    await act(async () => started.reject(new Error('the worker script threw')))

    expect(badge()).toBe('Mock server: off')
    expect(screen.getByRole('alert').textContent).toContain(
      'The mock server failed to start: the worker script threw. Reload the page; the browser console says more.',
    )
  })

  it('shows the page’s fallback when a part outside every panel fails, and Start over forgets the progress', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const saved = memoryStorage()
    const started = startUp()
    const { reload } = mount(started.promise, saved.storage)
    // The banner cannot draw a message that is not text: a fault in the header area.
    const broken = { state: 'unavailable', code: 'x', message: {}, workerUrl: null }

    await act(async () =>
      started.resolve({ status: broken as unknown as MockStatus, send: directSend }),
    )

    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Bouncer stopped working',
    )
    expect(saved.items.has(SAVED_PROGRESS_KEY)).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Start over' }))
    expect(saved.items.has(SAVED_PROGRESS_KEY)).toBe(false)
    expect(reload).toHaveBeenCalledTimes(1)
  })
})
