import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { App } from '../../src/ui/App'
import { directSend } from '../helpers/direct-send'
import { memoryStorage } from '../store/memory-storage'
import { NOW } from './support/arrange'
import { ACTIVE_MOCK } from './support/render-bouncer'
import { ui } from './support/ui'

// The real lessons, actions, server and browser model, with only the network and the
// clock replaced: the first lesson as a learner walks it.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(NOW)
})
afterAll(() => {
  vi.useRealTimers()
})

function lines(label: string): string[] {
  return (screen.getByLabelText(label).textContent ?? '').split('\n')
}

async function renderApp(storage = memoryStorage().storage) {
  render(<App mock={ACTIVE_MOCK} send={directSend} storage={storage} />)
  const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next step' })
  await waitFor(() => expect(next.disabled).toBe(false), { timeout: 10_000 })
}

describe('App with the real first lesson', () => {
  it('logs in with a session cookie, sends it back, and Back returns to the login', async () => {
    await renderApp()
    expect(
      screen.getByRole<HTMLSelectElement>('combobox', { name: 'Choose a lesson' }).value,
    ).toBe('session-wristband')

    await ui.clickNext()
    await waitFor(() => expect(lines('Request as sent')[0]).toBe('POST /login HTTP/1.1'))
    expect(lines('Request as sent')).toContain('Host: example.com')
    expect(lines('Response as received')[0]).toBe('HTTP/1.1 200 OK')
    expect(lines('Response as received')).toContainEqual(
      expect.stringMatching(
        /^Set-Cookie: session_id=[A-Za-z0-9_-]{43}; HttpOnly; Secure; SameSite=Strict; Path=\/$/,
      ),
    )
    expect(screen.getByTestId('document-cookie').textContent).toBe('""')

    await ui.clickNext()
    await waitFor(() => expect(lines('Request as sent')[0]).toBe('GET /profile HTTP/1.1'))
    expect(lines('Request as sent')).toContainEqual(
      expect.stringMatching(/^Cookie: session_id=[A-Za-z0-9_-]{43}$/),
    )

    await ui.clickBack()
    expect(lines('Request as sent')[0]).toBe('POST /login HTTP/1.1')
  }, 30_000)

  it('forges a claim in the JWT lesson and shows the 401 and the failed signature check', async () => {
    await renderApp()
    const picker = screen.getByRole('combobox', { name: 'Choose a lesson' })
    await act(async () => {
      fireEvent.change(picker, { target: { value: 'jwt-passport' } })
    })
    await waitFor(() =>
      expect(ui.region('Lesson').getByRole('heading', { level: 2 }).textContent).toBe(
        'The passport: signed tokens (JWT)',
      ),
    )

    await ui.clickNext()
    await waitFor(() =>
      expect(ui.region('Token storage').getByText('access_token')).toBeTruthy(),
    )
    expect(ui.region('Token').getByRole('row', { name: /^name alice/ })).toBeTruthy()
    expect(ui.region('Token').getByRole('row', { name: /^exp / }).textContent).toContain(
      'expires in 15 min',
    )

    await ui.click('Apply tamper')
    await waitFor(() =>
      expect(
        ui.region('Token').getByRole('row', { name: /^role superuser/ }),
      ).toBeTruthy(),
    )
    await ui.click('Get profile')

    await waitFor(() =>
      expect(lines('Response as received')[0]).toBe('HTTP/1.1 401 Unauthorized'),
    )
    expect(lines('Request as sent')).toContainEqual(
      expect.stringMatching(/^Authorization: Bearer ey/),
    )
    const check = ui.region('Signature check')
    expect(check.getByText('✗ Not equal.')).toBeTruthy()
    expect(check.getByText('Rejected.')).toBeTruthy()
    expect(ui.region('Tamper').getByRole('status').textContent).toContain(
      'got 401 Unauthorized: the check token.signature-checked failed.',
    )
  }, 30_000)

  it('survives a reload: the same step, the same session id, and the session still works', async () => {
    const { storage } = memoryStorage()
    await renderApp(storage)
    await ui.clickNext()
    await waitFor(() => expect(lines('Request as sent')[0]).toBe('POST /login HTTP/1.1'))
    const setCookie = lines('Response as received').find((line) =>
      line.startsWith('Set-Cookie: '),
    )
    cleanup()

    await renderApp(storage)

    expect(ui.region('Lesson').getByText('Step 1 of 6')).toBeTruthy()
    expect(lines('Response as received')).toContain(setCookie)
    await ui.click('Get profile')
    await waitFor(() => expect(lines('Response as received')[0]).toBe('HTTP/1.1 200 OK'))
    expect(lines('Request as sent')).toContain(
      setCookie?.split(';')[0]?.replace('Set-', ''),
    )
  }, 30_000)
})
