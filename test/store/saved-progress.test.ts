import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createBouncerStore } from '../../src/store/bouncer-store'
import { INITIAL_DRAFTS } from '../../src/store/drafts'
import { SAVED_PROGRESS_KEY } from '../../src/store/saved-progress'
import { selectHistory, selectWorld } from '../../src/store/selectors'
import { runAction } from '../../src/world/actions'
import type { World } from '../../src/world/world'
import { directSend } from '../helpers/direct-send'
import { freshWorld, NOW } from '../ui/support/arrange'
import { jwtLesson, sessionLesson } from '../ui/support/lessons'
import { memoryStorage } from './memory-storage'

let fresh: { readonly session: World; readonly jwt: World }

beforeAll(async () => {
  fresh = { session: await freshWorld('session'), jwt: await freshWorld('jwt') }
})

afterEach(() => {
  vi.restoreAllMocks()
})

function storeOver(storage: ReturnType<typeof memoryStorage>['storage']) {
  return createBouncerStore({
    lessons: [sessionLesson, jwtLesson],
    runAction,
    createWorld: async (mode) => fresh[mode],
    send: directSend,
    clock: () => NOW,
    storage,
  })
}

/** What a learner has after logging in and getting the profile in the session lesson. */
async function progressMade() {
  const saved = memoryStorage()
  const store = storeOver(saved.storage)
  await store.getState().chooseLesson('session-wristband')
  await store.getState().next()
  await store.getState().next()
  store.getState().back()
  store
    .getState()
    .updateDrafts({ token: 'eyJ.pasted', secret: 'k', secretEncoding: 'base64url' })
  return { saved, store }
}

describe('saved progress', () => {
  it('survives a reload: every history, the cursor, the lesson and the forms', async () => {
    const { saved, store } = await progressMade()

    const reloaded = storeOver(saved.storage)

    const before = store.getState()
    const after = reloaded.getState()
    expect(after.lessonId).toBe('session-wristband')
    expect(after.drafts).toEqual({ ...before.drafts, secret: '' })
    expect(selectHistory(after)).toEqual(selectHistory(before))
    expect(selectWorld(after)?.browser.cookies[0]?.value).toMatch(/^[\w-]{43}$/)
  })

  it('never writes the token box secret to storage', async () => {
    const { saved } = await progressMade()

    const written = saved.items.get(SAVED_PROGRESS_KEY) ?? ''

    expect(written).toContain('"token":"eyJ.pasted"')
    expect(written).toContain('"secret":""')
    expect(written).not.toContain('"secret":"k"')
  })

  it('keeps the restored world consistent with the server, so the session still works', async () => {
    const { saved } = await progressMade()
    const reloaded = storeOver(saved.storage)

    await reloaded.getState().play('get-profile')

    const newest = selectWorld(reloaded.getState())?.trace.at(-1)
    expect(newest?.response.status).toBe(200)
    expect(newest?.response.body).toBe(
      '{"user_id":123,"username":"alice","role":"admin"}',
    )
  })

  it('stores each exchange once and shares it again between worlds after a reload', async () => {
    const { saved } = await progressMade()
    const text = saved.items.get(SAVED_PROGRESS_KEY) ?? ''
    expect(text.match(/"POST","url":"https:\/\/example.com\/login"/g)).toHaveLength(1)

    const history = selectHistory(storeOver(saved.storage).getState())
    const [, afterLogin, afterProfile] = history?.snapshots ?? []
    expect(afterProfile?.world.trace[0]).toBe(afterLogin?.world.trace[0])
  })

  it('starts fresh and says so when the saved value is not JSON', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const saved = memoryStorage({ [SAVED_PROGRESS_KEY]: '{"version":1,"state":' })

    const state = storeOver(saved.storage).getState()

    expect(state.lessonId).toBeNull()
    expect(state.histories).toEqual({})
    expect(state.notice).toBe(
      'Your saved progress could not be restored: it is not valid JSON. Every lesson starts fresh.',
    )
  })

  it('starts fresh and says so when another version of Bouncer saved it', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const saved = memoryStorage({
      [SAVED_PROGRESS_KEY]: JSON.stringify({ version: 2, state: { lessonId: 'x' } }),
    })

    expect(storeOver(saved.storage).getState().notice).toBe(
      'Your saved progress could not be restored: it was saved in format 2 by another version of Bouncer, and this one reads format 1. Every lesson starts fresh.',
    )
  })

  it('refuses a saved world with a damaged part instead of handing it to the panels', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { saved } = await progressMade()
    const text = saved.items.get(SAVED_PROGRESS_KEY) ?? ''
    saved.items.set(SAVED_PROGRESS_KEY, text.replace('"cookies":[]', '"cookies":[7]'))

    const state = storeOver(saved.storage).getState()

    expect(state.histories).toEqual({})
    expect(state.drafts).toEqual(INITIAL_DRAFTS)
    expect(state.notice).toBe(
      'Your saved progress could not be restored: its recorded steps are damaged. Every lesson starts fresh.',
    )
  })

  it('says so, once, when the browser refuses to store more, and the step still succeeds', async () => {
    const saved = memoryStorage()
    const store = storeOver(saved.storage)
    await store.getState().chooseLesson('session-wristband')
    saved.refuseWrites(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    )

    await store.getState().next()

    expect(selectHistory(store.getState())?.snapshots).toHaveLength(2)
    expect(store.getState().failure).toBeNull()
    expect(store.getState().notice).toBe(
      'Your progress is too large for this browser’s storage, so the latest steps will not survive a reload. Reset a lesson or Start over to save again.',
    )
  })

  it('Start over forgets every lesson and the forms, and opens the lesson again fresh', async () => {
    const { saved, store } = await progressMade()
    await store.getState().chooseLesson('jwt-passport')

    await store.getState().startOver()

    expect(Object.keys(store.getState().histories)).toEqual(['jwt-passport'])
    expect(selectHistory(store.getState())?.snapshots).toHaveLength(1)
    expect(store.getState().drafts).toEqual(INITIAL_DRAFTS)
    const reloaded = storeOver(saved.storage).getState()
    expect(Object.keys(reloaded.histories)).toEqual(['jwt-passport'])
  })

  it('lets a lesson that changed since the save start again, and names it', async () => {
    const { saved } = await progressMade()
    const shorter = { ...sessionLesson, sections: sessionLesson.sections.slice(0, 1) }

    const state = createBouncerStore({
      lessons: [shorter, jwtLesson],
      runAction,
      createWorld: async (mode) => fresh[mode],
      send: directSend,
      clock: () => NOW,
      storage: saved.storage,
    }).getState()

    expect(state.lessonId).toBeNull()
    expect(state.notice).toBe(
      'Your progress in “The wristband: server-side sessions” was left behind: the lesson changed since you saved it, so it starts again.',
    )
  })
})
