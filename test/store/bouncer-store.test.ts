import { beforeAll, describe, expect, it, vi } from 'vitest'
import type { Lesson } from '../../src/course/lesson'
import { BouncerError } from '../../src/errors/bouncer-error'
import type { AuthMode } from '../../src/server/server-state'
import { createBouncerStore } from '../../src/store/bouncer-store'
import type { BouncerDeps } from '../../src/store/bouncer-store'
import {
  selectExchange,
  selectHistory,
  selectWorld,
  selectWorldStatus,
} from '../../src/store/selectors'
import { runAction } from '../../src/world/actions'
import type { World } from '../../src/world/world'
import { directSend } from '../helpers/direct-send'
import { freshWorld, NOW } from '../ui/support/arrange'
import { pendingRunAction, refuseToSend } from '../ui/support/fake-actions'
import { jwtLesson, sessionLesson } from '../ui/support/lessons'

let fresh: { readonly session: World; readonly jwt: World }

beforeAll(async () => {
  fresh = { session: await freshWorld('session'), jwt: await freshWorld('jwt') }
})

/** A store over the real actions and mock server, sending directly; fresh worlds come ready-made. */
function storeWith(overrides: Partial<BouncerDeps> = {}) {
  const deps: BouncerDeps = {
    lessons: [sessionLesson, jwtLesson],
    runAction: vi.fn(runAction),
    createWorld: vi.fn(async (mode: AuthMode) => fresh[mode]),
    send: directSend,
    clock: () => NOW,
    ...overrides,
  }
  return { store: createBouncerStore(deps), deps }
}

function sessionIdOf(world: World | null): string | undefined {
  return world?.browser.cookies.find((cookie) => cookie.name === 'session_id')?.value
}

function labels(store: ReturnType<typeof storeWith>['store']): string[] {
  return selectHistory(store.getState())?.snapshots.map(({ label }) => label) ?? []
}

describe('the Bouncer store', () => {
  it('creates a world in the chosen lesson’s mode, at the clock’s time', async () => {
    const { store, deps } = storeWith()

    await store.getState().chooseLesson('session-wristband')

    expect(deps.createWorld).toHaveBeenCalledWith('session', NOW)
    expect(selectWorld(store.getState())).toBe(fresh.session)
    expect(store.getState().lessonId).toBe('session-wristband')
  })

  it('Back restores the earlier world object itself', async () => {
    const { store } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()

    store.getState().back()

    expect(selectWorld(store.getState())).toBe(fresh.session)
    expect(selectHistory(store.getState())?.snapshots).toHaveLength(2)
  })

  it('Next after Back shows the recorded world again, with the same session id, sending nothing', async () => {
    const { store, deps } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()
    const loggedIn = selectWorld(store.getState())
    store.getState().back()

    await store.getState().next()

    expect(selectWorld(store.getState())).toBe(loggedIn)
    expect(sessionIdOf(selectWorld(store.getState()))).toMatch(/^[\w-]{43}$/)
    expect(deps.runAction).toHaveBeenCalledTimes(1)
    expect(labels(store)).toEqual(['Start', 'Step 1: Show your ID at the door'])
  })

  it('a new action after Back drops the recorded steps, as an editor drops its redo', async () => {
    const { store, deps } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()
    await store.getState().next()
    const firstLogin = sessionIdOf(selectWorld(store.getState()))
    store.getState().back()
    store.getState().back()

    await store.getState().play('login')
    await store.getState().next()

    expect(labels(store)).toEqual([
      'Start',
      'Free play: Log in',
      'Step 1: Show your ID at the door',
    ])
    expect(sessionIdOf(selectWorld(store.getState()))).not.toBe(firstLogin)
    expect(deps.runAction).toHaveBeenCalledTimes(4)
  })

  it('selects the newest exchange after each step, until the learner picks one', async () => {
    const { store } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()
    await store.getState().next()
    expect(selectExchange(store.getState())?.id).toBe(2)

    store.getState().selectExchange(1)
    expect(selectExchange(store.getState())?.id).toBe(1)

    store.getState().back()
    expect(selectExchange(store.getState())?.id).toBe(1)
  })

  it('keeps one history per lesson, so switching back returns to where the learner was', async () => {
    const { store, deps } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()
    const loggedIn = selectWorld(store.getState())

    await store.getState().chooseLesson('jwt-passport')
    expect(selectWorld(store.getState())).toBe(fresh.jwt)
    await store.getState().chooseLesson('session-wristband')

    expect(selectWorld(store.getState())).toBe(loggedIn)
    expect(deps.createWorld).toHaveBeenCalledTimes(2)
  })

  it('Reset starts only the open lesson again', async () => {
    const { store } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()
    await store.getState().chooseLesson('jwt-passport')
    await store.getState().next()

    await store.getState().reset()

    expect(labels(store)).toEqual(['Start'])
    await store.getState().chooseLesson('session-wristband')
    expect(labels(store)).toEqual(['Start', 'Step 1: Show your ID at the door'])
  })

  it('says what kind of work is running: a fresh world, a request, or a change in the page', async () => {
    const pending = pendingRunAction()
    const { store } = storeWith({ runAction: pending.runAction })
    const choosing = store.getState().chooseLesson('jwt-passport')
    expect(store.getState().busy).toEqual({
      label: 'Starting “The passport: signed tokens (JWT)”',
      kind: 'world',
    })
    await choosing

    const login = store.getState().next()
    expect(store.getState().busy).toEqual({
      label: 'Step 1: Get your passport',
      kind: 'send',
    })
    pending.resolve(fresh.jwt)
    await login

    const tamper = store.getState().play('tamper-token')
    expect(store.getState().busy).toEqual({
      label: 'Free play: Apply tamper',
      kind: 'local',
    })
    pending.resolve(fresh.jwt)
    await tamper
  })

  it('keeps the world and describes the error when an action rejects', async () => {
    const runAction = vi.fn(() =>
      Promise.reject(
        new BouncerError('transport.worker-lost', 'The mock server stopped.'),
      ),
    )
    const { store } = storeWith({ runAction, send: refuseToSend })
    await store.getState().chooseLesson('session-wristband')

    await store.getState().next()

    expect(selectWorld(store.getState())).toBe(fresh.session)
    expect(store.getState().busy).toBeNull()
    expect(store.getState().failure).toEqual({
      label: 'Step 1: Show your ID at the door',
      code: 'transport.worker-lost',
      message: 'The mock server stopped.',
      detail: null,
    })
  })

  it('ignores a second action while one is running', async () => {
    const pending = pendingRunAction()
    const { store } = storeWith({ runAction: pending.runAction })
    await store.getState().chooseLesson('session-wristband')

    const first = store.getState().next()
    const second = store.getState().play('logout')
    pending.resolve(fresh.session)
    await Promise.all([first, second])

    expect(pending.runAction).toHaveBeenCalledTimes(1)
  })

  it('reports an unknown lesson id as misuse, naming the known ones in the detail', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const { store } = storeWith()

    await store.getState().chooseLesson('no-such-lesson')

    expect(store.getState().failure).toEqual({
      label: 'Starting “no-such-lesson”',
      code: 'unexpected',
      message:
        'Bouncer ran into an error it did not plan for. Try again; if it repeats, Reset the lesson or reload the page.',
      detail:
        'TypeError: No lesson "no-such-lesson"; choose one of: session-wristband, jwt-passport.',
    })
    expect(store.getState().lessonId).toBeNull()
    quiet.mockRestore()
  })

  it('opens a lesson whose world could not be made, so its text can be read', async () => {
    const noCrypto = new BouncerError('world.no-web-crypto', 'No Web Crypto here.')
    const createWorld = vi.fn(() => Promise.reject(noCrypto))
    const { store } = storeWith({ createWorld })

    await store.getState().chooseLesson('jwt-passport')

    expect(store.getState().lessonId).toBe('jwt-passport')
    expect(selectHistory(store.getState())).toBeNull()
    expect(selectWorldStatus(store.getState())).toBe('failed')
    expect(store.getState().failure).toMatchObject({
      label: 'Starting “The passport: signed tokens (JWT)”',
      code: 'world.no-web-crypto',
    })
    const retry = store.getState().reset()
    expect(store.getState().busy?.label).toBe(
      'Starting “The passport: signed tokens (JWT)”',
    )
    expect(selectWorldStatus(store.getState())).toBe('preparing')
    await retry
    expect(createWorld).toHaveBeenCalledTimes(2)
  })

  it('records no snapshot for a free-play action that left the world as it was, but says its remark', async () => {
    const { store } = storeWith()
    await store.getState().chooseLesson('jwt-passport')

    await store.getState().play('replay-saved-token')
    await store.getState().play('save-token-copy')
    await store.getState().play('tamper-token', { claim: 'role', value: 'superuser' })

    expect(labels(store)).toEqual(['Start'])
    expect(selectWorld(store.getState())).toBe(fresh.jwt)
    expect(store.getState().remark).toBe(
      'There is no token in localStorage to tamper with: log in first.',
    )
    await store.getState().play('login')
    expect(store.getState().remark).toBeNull()
    expect(labels(store)).toEqual(['Start', 'Free play: Log in'])
  })

  it('records a lesson step even when its action left the world as it was', async () => {
    const copyFirst: Lesson = {
      ...jwtLesson,
      sections: [
        {
          title: 'Copy a token you do not have',
          markdown: 'There is nothing in localStorage to copy yet.',
          line: 20,
          step: { action: 'save-token-copy', params: {} },
        },
      ],
    }
    const { store } = storeWith({ lessons: [copyFirst] })
    await store.getState().chooseLesson('jwt-passport')

    await store.getState().next()

    expect(labels(store)).toEqual(['Start', 'Step 1: Copy a token you do not have'])
    expect(selectWorld(store.getState())).toBe(fresh.jwt)
  })
})
