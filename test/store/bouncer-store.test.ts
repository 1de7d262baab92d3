import { describe, expect, it, vi } from 'vitest'
import { BouncerError } from '../../src/errors/bouncer-error'
import { createBouncerStore } from '../../src/store/bouncer-store'
import type { BouncerDeps } from '../../src/store/bouncer-store'
import { selectExchange, selectWorld } from '../../src/store/selectors'
import { arrange, NOW } from '../ui/support/arrange'
import { refuseToSend, scriptedRunAction } from '../ui/support/fake-actions'
import { sessionLesson } from '../ui/support/lessons'

function storeWith(overrides: Partial<BouncerDeps> = {}) {
  const fresh = arrange.freshWorld()
  const deps: BouncerDeps = {
    lessons: [sessionLesson],
    runAction: scriptedRunAction({
      login: arrange.sessionWorldAfterLogin(),
      logout: arrange.sessionWorldAfterLogout(),
    }),
    createWorld: vi.fn(async () => fresh),
    send: refuseToSend,
    clock: () => NOW,
    ...overrides,
  }
  return { store: createBouncerStore(deps), deps, fresh }
}

describe('the Bouncer store', () => {
  it('creates a world in the chosen lesson’s mode, at the clock’s time', async () => {
    const { store, deps, fresh } = storeWith()

    await store.getState().chooseLesson('session-wristband')

    expect(deps.createWorld).toHaveBeenCalledWith('session', NOW)
    expect(selectWorld(store.getState())).toBe(fresh)
    expect(store.getState().lessonId).toBe('session-wristband')
  })

  it('Back restores the earlier world object itself', async () => {
    const { store, fresh } = storeWith()
    await store.getState().chooseLesson('session-wristband')
    await store.getState().next()

    store.getState().back()

    expect(selectWorld(store.getState())).toBe(fresh)
    expect(store.getState().history?.snapshots).toHaveLength(2)
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

  it('keeps the world and describes the error when an action rejects', async () => {
    const runAction = vi.fn(() =>
      Promise.reject(
        new BouncerError('transport.worker-lost', 'The mock server stopped.'),
      ),
    )
    const { store, fresh } = storeWith({ runAction })
    await store.getState().chooseLesson('session-wristband')

    await store.getState().next()

    expect(selectWorld(store.getState())).toBe(fresh)
    expect(store.getState().busy).toBeNull()
    expect(store.getState().failure).toEqual({
      label: 'Step 1: Show your ID at the door',
      code: 'transport.worker-lost',
      message: 'The mock server stopped.',
    })
  })

  it('ignores a second action while one is running', async () => {
    const { store, deps } = storeWith()
    await store.getState().chooseLesson('session-wristband')

    const first = store.getState().next()
    const second = store.getState().play('logout')
    await Promise.all([first, second])

    expect(deps.runAction).toHaveBeenCalledTimes(1)
  })

  it('reports an unknown lesson id as misuse, naming the known ones', async () => {
    const { store } = storeWith()

    await store.getState().chooseLesson('no-such-lesson')

    expect(store.getState().failure?.message).toBe(
      'TypeError: No lesson "no-such-lesson"; choose one of: session-wristband. The world was left as it was; try Reset if this repeats.',
    )
  })
})
