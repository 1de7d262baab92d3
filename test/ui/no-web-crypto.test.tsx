import { screen } from '@testing-library/react'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { missingSupport } from '../../src/transport/mock-unavailable'
import type { MockStatus } from '../../src/transport/mock-status'
import { createWorld } from '../../src/world/create-world'
import type { World } from '../../src/world/world'
import { CALLAHAN_TOKEN, freshWorld } from './support/arrange'
import { jwtLesson, sessionLesson } from './support/lessons'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

// What a page opened over plain http on another machine's address gets: no
// Service Worker, and no crypto.subtle, so no world can be made.
const INSECURE = missingSupport({
  secureContext: false,
  serviceWorkers: false,
}) as MockStatus

const NO_WORLD_REASON =
  'The mock server cannot start in this window: it hashes passwords and signs tokens with the Web Crypto API, which browsers offer only to secure pages. Open Bouncer over https, or on localhost.'

const FLOW_PANELS = [
  'Free play',
  'Timeline',
  'HTTP exchange',
  'Server steps',
  'Cookie jar',
  'Session store',
  'Token storage',
]

let world: World

beforeAll(async () => {
  world = await freshWorld('session')
})

afterEach(() => {
  vi.unstubAllGlobals()
})

function withoutWebCrypto() {
  vi.stubGlobal('crypto', { subtle: undefined })
}

/** The page in such a window, its store handed the real createWorld. */
function renderInsecure() {
  withoutWebCrypto()
  return renderBouncer({
    createWorld,
    lessons: [sessionLesson, jwtLesson],
    mock: INSECURE,
  })
}

describe('in a window without Web Crypto', () => {
  it('opens the first lesson to read, every section of it, beside the reason once', async () => {
    await renderInsecure()

    const lesson = ui.region('Lesson')
    expect(lesson.getByRole('heading', { level: 2 }).textContent).toBe(
      sessionLesson.title,
    )
    expect(lesson.getByText(/steps, which cannot run/).textContent).toBe(
      '3 steps, which cannot run in this window',
    )
    expect(
      lesson.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual(['Show your ID at the door', 'Leave the club', 'Recap'])
    expect(lesson.getByText('wristband').tagName).toBe('STRONG')
    expect(
      lesson.getByText('The server deletes the row, and the cookie expires.'),
    ).toBeTruthy()
    const alert = lesson.getByRole('alert')
    expect(alert.querySelector('p')?.textContent).toBe(
      `Starting “The wristband: server-side sessions” failed. ${NO_WORLD_REASON}`,
    )
    expect(screen.getAllByText(NO_WORLD_REASON, { exact: false })).toHaveLength(1)
    expect(document.body.textContent).not.toMatch(/TypeError|Cannot read properties/)
    expect(alert.querySelector('details')?.textContent).toBe(
      'Technical detailCode world.no-web-crypto',
    )
  })

  it('keeps the reason on screen: there is no world for a Dismiss to return to', async () => {
    await renderInsecure()

    expect(ui.region('Lesson').queryByRole('button', { name: 'Dismiss' })).toBeNull()
    expect(ui.region('Lesson').queryByText(/The world is unchanged/)).toBeNull()
  })

  it('names the lessons in the picker, the open one chosen', async () => {
    await renderInsecure()

    const picker = screen.getByRole<HTMLSelectElement>('combobox', {
      name: 'Choose a lesson',
    })
    expect(picker.value).toBe('session-wristband')
    expect([...picker.options].map((option) => option.textContent)).toEqual([
      '1. The wristband: server-side sessions',
      '2. The passport: signed tokens (JWT)',
    ])
  })

  it('says in every flow panel that the flows cannot run, instead of preparing forever', async () => {
    await renderInsecure()

    for (const panel of FLOW_PANELS) {
      expect([panel, ui.region(panel).getByText(/^Nothing to show/).textContent]).toEqual(
        [
          panel,
          'Nothing to show: the flows cannot run in this window. The lesson column says why.',
        ],
      )
    }
    expect(screen.queryByText(/Preparing/)).toBeNull()
    expect(ui.pressable('Next step')).toBe(false)
  })

  it('says the token box decodes but cannot check signatures here', async () => {
    withoutWebCrypto()
    await renderBouncer({ world, mock: INSECURE })
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'your-256-bit-secret')

    await ui.click('Check signature')

    const box = ui.region('Paste a JWT')
    expect(box.getByText(/"name": "Michael Callahan"/)).toBeTruthy()
    expect(box.getByRole('status').textContent).toBe(
      'Signatures cannot be checked in this window: checking one computes an HMAC with the browser’s Web Crypto API, which browsers offer only to pages opened over https or on localhost. Decoding still works here; open Bouncer over https or on localhost to check signatures.',
    )
    expect(screen.getByText(/^The buttons that send requests/).textContent).toBe(
      'The buttons that send requests are disabled. The token box still decodes any JWT you paste, but it cannot check signatures in this window, which has no Web Crypto API.',
    )
  })
})
