import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { BouncerError } from '../errors/bouncer-error'
import { log } from '../log/log'
import type { Exchange } from '../trace/exchange'
import type { World } from '../world/world'
import type { Drafts } from './drafts'
import type { History, Snapshot } from './history'
import {
  arrayOf,
  isBrowserState,
  isCount,
  isDrafts,
  isExchange,
  isNumber,
  isRecord,
  isServerState,
  isString,
  recordOf,
  shaped,
} from './saved-shape'

/**
 * Where progress is kept: synchronous, like the Web Storage API, so saved progress
 * is back before the first render. `window.localStorage` is one.
 */
export interface ProgressStorage {
  getItem(name: string): string | null
  setItem(name: string, value: string): void
  removeItem(name: string): void
}

/** The localStorage key; the suffix names the format, so another format is never misread. */
export const SAVED_PROGRESS_KEY = 'bouncer:v1'

/** The format version stored next to the progress. */
export const SAVED_PROGRESS_VERSION = 1

/** What survives a reload: every lesson's history, the lesson open, and the forms. */
export interface SavedProgress {
  readonly lessonId: string | null
  readonly histories: Readonly<Record<string, History>>
  readonly drafts: Drafts
}

/**
 * The stored form of the histories. Each snapshot's world repeats every earlier
 * exchange, so exchanges are stored once and worlds name them by index: the text
 * then grows with the steps taken rather than with their square.
 */
interface StoredTrail {
  readonly exchanges: readonly Exchange[]
  readonly histories: Readonly<Record<string, StoredHistory>>
}

interface StoredHistory {
  readonly cursor: number
  readonly snapshots: readonly StoredSnapshot[]
}

type StoredSnapshot = Omit<Snapshot, 'world'> & {
  readonly world: Omit<World, 'trace'> & { readonly trace: readonly number[] }
}

/**
 * A zustand PersistStorage over `backing` (localStorage in the page, nothing in
 * most tests). Reading throws a BouncerError for anything it cannot restore, which
 * zustand hands to onRehydrateStorage; a failed write goes to `onWriteFailed`,
 * since the step that caused it must still succeed.
 */
export function savedProgressStorage(
  backing: ProgressStorage | null,
  onWriteFailed: (message: string) => void,
): PersistStorage<SavedProgress> {
  // Drafts change on every keystroke, the histories only when a step runs.
  const trailText = new WeakMap<SavedProgress['histories'], string>()
  return {
    getItem(name) {
      let text: string | null
      try {
        text = backing?.getItem(name) ?? null
      } catch (cause) {
        throw unreadable('this browser blocks reading its storage for this site', cause)
      }
      return text === null ? null : readProgress(text)
    },
    setItem(name, { state, version }) {
      if (backing === null) return
      let trail = trailText.get(state.histories)
      if (trail === undefined) {
        trail = JSON.stringify(encodeTrail(state.histories))
        trailText.set(state.histories, trail)
      }
      const head = JSON.stringify({ lessonId: state.lessonId, drafts: state.drafts })
      const text = `{"version":${version},"state":${head.slice(0, -1)},"trail":${trail}}}`
      try {
        backing.setItem(name, text)
      } catch (error) {
        onWriteFailed(writeFailure(error))
      }
    },
    removeItem(name) {
      try {
        backing?.removeItem(name)
      } catch (error) {
        onWriteFailed(writeFailure(error))
      }
    },
  }
}

/** Parses and checks stored text; throws a BouncerError saying why it cannot be used. */
export function readProgress(text: string): StorageValue<SavedProgress> {
  let stored: unknown
  try {
    stored = JSON.parse(text)
  } catch (cause) {
    throw unreadable('it is not valid JSON', cause)
  }
  if (!isRecord(stored)) throw unreadable('it has no progress in it')
  if (typeof stored['version'] !== 'number')
    throw unreadable('it names no format version')
  if (stored['version'] !== SAVED_PROGRESS_VERSION) {
    throw new BouncerError(
      'store.saved-progress-version',
      `Your saved progress could not be restored: it was saved in format ${stored['version']} by another version of Bouncer, and this one reads format ${SAVED_PROGRESS_VERSION}. Every lesson starts fresh.`,
    )
  }
  const state = stored['state']
  if (!isRecord(state)) throw unreadable('it has no progress in it')
  const { lessonId, drafts, trail } = state
  if (!(lessonId === null || isString(lessonId)) || !isDrafts(drafts)) {
    throw unreadable('its lesson or form fields are damaged')
  }
  return {
    version: SAVED_PROGRESS_VERSION,
    state: { lessonId, drafts, histories: decodeTrail(trail) },
  }
}

function encodeTrail(histories: SavedProgress['histories']): StoredTrail {
  const index = new Map<Exchange, number>()
  const exchanges: Exchange[] = []
  const indexOf = (exchange: Exchange): number => {
    let at = index.get(exchange)
    if (at === undefined) {
      at = exchanges.push(exchange) - 1
      index.set(exchange, at)
    }
    return at
  }
  const stored = Object.entries(histories).map(([lessonId, history]) => {
    const snapshots = history.snapshots.map((snapshot) => ({
      ...snapshot,
      world: { ...snapshot.world, trace: snapshot.world.trace.map(indexOf) },
    }))
    return [lessonId, { cursor: history.cursor, snapshots }] as const
  })
  return { exchanges, histories: Object.fromEntries(stored) }
}

const isStoredWorld = shaped<StoredSnapshot['world']>({
  now: isNumber,
  clientMode: (value) => value === 'session' || value === 'jwt',
  server: isServerState,
  browser: isBrowserState,
  trace: arrayOf(isCount),
  savedTokenCopy: (value) => value === null || isString(value),
})

const isStoredSnapshot = shaped<StoredSnapshot>({
  world: isStoredWorld,
  label: isString,
  remark: (value) => value === null || isString(value),
  stepsDone: isCount,
  section: (value) => value === null || isCount(value),
})

const isStoredTrail = shaped<StoredTrail>({
  exchanges: arrayOf(isExchange),
  histories: recordOf(
    shaped<StoredHistory>({ cursor: isCount, snapshots: arrayOf(isStoredSnapshot) }),
  ),
})

function decodeTrail(trail: unknown): SavedProgress['histories'] {
  if (!isStoredTrail(trail)) throw unreadable('its recorded steps are damaged')
  const { exchanges } = trail
  const exchangeAt = (at: number): Exchange => {
    const exchange = exchanges[at]
    if (exchange === undefined) throw unreadable('a step names a missing exchange')
    return exchange
  }
  const decoded = Object.entries(trail.histories).map(([lessonId, history]) => {
    if (history.cursor >= history.snapshots.length) {
      throw unreadable(`the history of "${lessonId}" points past its last step`)
    }
    const snapshots = history.snapshots.map((snapshot) => ({
      ...snapshot,
      world: { ...snapshot.world, trace: snapshot.world.trace.map(exchangeAt) },
    }))
    return [lessonId, { cursor: history.cursor, snapshots }] as const
  })
  return Object.fromEntries(decoded)
}

/** What to tell the learner when restoring failed, whatever the error was. */
export function restoreFailure(error: unknown): string {
  if (error instanceof BouncerError) return error.message
  const reason = error instanceof Error ? error.message : String(error)
  return `Your saved progress could not be restored (${reason}). Every lesson starts fresh.`
}

function unreadable(why: string, cause?: unknown): BouncerError {
  return new BouncerError(
    'store.saved-progress-unreadable',
    `Your saved progress could not be restored: ${why}. Every lesson starts fresh.`,
    cause === undefined ? undefined : { cause },
  )
}

function writeFailure(error: unknown): string {
  const quota = error instanceof DOMException && error.name === 'QuotaExceededError'
  return quota
    ? 'Your progress is too large for this browser’s storage, so the latest steps will not survive a reload. Reset a lesson or Start over to save again.'
    : 'This browser refused to store your progress, so it will not survive a reload (storage may be blocked for this site).'
}

/** Removes the saved progress, e.g. when the page failed and the learner starts over. */
export function forgetSavedProgress(storage: ProgressStorage): void {
  storage.removeItem(SAVED_PROGRESS_KEY)
}

/**
 * The page's localStorage, or null where the browser blocks it for this site (it
 * then throws on access): progress is then not kept, and the console says why.
 */
export function pageStorage(): ProgressStorage | null {
  try {
    return window.localStorage
  } catch (error) {
    log.warn(
      'This browser blocks localStorage for this site, so progress will not survive a reload.',
      error,
    )
    return null
  }
}
