import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import type { StateCreator, StoreApi } from 'zustand/vanilla'
import type { Lesson } from '../course/lesson'
import { BouncerError } from '../errors/bouncer-error'
import { log } from '../log/log'
import type { AuthMode } from '../server/server-state'
import type { ActionName, ActionParams } from '../world/action-names'
import type { RunAction } from '../world/run-action'
import type { SendToServer } from '../world/send-to-server'
import type { World } from '../world/world'
import { ACTION_LABELS, ACTION_SENDS } from './action-labels'
import { describeFailure } from './action-failure'
import type { ActionFailure } from './action-failure'
import { INITIAL_DRAFTS } from './drafts'
import type { Drafts } from './drafts'
import {
  currentSnapshot,
  pushSnapshot,
  recordedStep,
  startHistory,
  stepBack,
  stepForward,
} from './history'
import type { History, Snapshot } from './history'
import { restoreProgress } from './restore-progress'
import {
  restoreFailure,
  SAVED_PROGRESS_KEY,
  SAVED_PROGRESS_VERSION,
  savedProgressStorage,
} from './saved-progress'
import type { ProgressStorage, SavedProgress } from './saved-progress'

/** What the store runs against; the page passes the real ones, tests pass fakes. */
export interface BouncerDeps {
  readonly lessons: readonly Lesson[]
  readonly runAction: RunAction
  readonly createWorld: (mode: AuthMode, now: number) => Promise<World>
  readonly send: SendToServer
  /** Where a fresh world's virtual clock starts, in milliseconds since the epoch. */
  readonly clock: () => number
  /** Where progress survives a reload: localStorage in the page; none by default. */
  readonly storage?: ProgressStorage | null
}

/** What is running, and whether it sends anything, so the page can say which. */
export interface BusyTask {
  /** E.g. "Step 2: Log in". */
  readonly label: string
  /** 'world': a fresh world is made; 'send': a request is on its way; 'local': neither. */
  readonly kind: 'world' | 'send' | 'local'
}

/** The store's state and the actions that change it; panels select what they show. */
export interface BouncerState {
  /** Every lesson that loaded, in course order; fixed for the store's life. */
  readonly lessons: readonly Lesson[]
  /**
   * The lesson open in the column. It has no history while its first world is
   * made, or when making it failed: its text can still be read then.
   */
  readonly lessonId: string | null
  /** One history per lesson started, so switching back returns to where the learner was. */
  readonly histories: Readonly<Record<string, History>>
  /** What is running right now; buttons wait while set. */
  readonly busy: BusyTask | null
  readonly failure: ActionFailure | null
  /**
   * What the last free-play action said when it left the world as it was, so no
   * snapshot holds its remark; gone with the next step, Back or lesson switch.
   */
  readonly remark: string | null
  /** The exchange the learner clicked in the timeline; null follows the newest. */
  readonly selectedExchangeId: number | null
  readonly drafts: Drafts
  /** A one-line notice about saved progress (not restored, not saved), until dismissed. */
  readonly notice: string | null
  /** Opens a lesson where the learner left it, or in a fresh world of its mode. */
  readonly chooseLesson: (lessonId: string) => Promise<void>
  /** Takes the lesson's next step: the recorded one after Back, else runs it. */
  readonly next: () => Promise<void>
  /** Returns to the previous world exactly, without re-running anything. */
  readonly back: () => void
  /** Starts the current lesson again in a fresh world. */
  readonly reset: () => Promise<void>
  /** Forgets every lesson's progress and the forms, saved copy included, and starts again. */
  readonly startOver: () => Promise<void>
  /** Runs an action outside the lesson script (free play, tamper, composer). */
  readonly play: (name: ActionName, params?: ActionParams) => Promise<void>
  readonly selectExchange: (exchangeId: number) => void
  readonly dismissFailure: () => void
  readonly dismissNotice: () => void
  readonly updateDrafts: (patch: Partial<Drafts>) => void
}

/** The app's one store: the worlds' histories, what is running, and what is selected. */
export type BouncerStore = StoreApi<BouncerState>

/** Creates the store, restoring saved progress from `deps.storage` when there is some. */
export function createBouncerStore(deps: BouncerDeps): BouncerStore {
  let store: BouncerStore | null = null
  let early: string | null = null
  // Hydration from localStorage finishes inside createStore, before there is a store to tell.
  const tell = (notice: string) => {
    if (store === null) early = notice
    else if (store.getState().notice !== notice) store.setState({ notice })
  }
  const storage = savedProgressStorage(deps.storage ?? null, tell)
  store = createStore<BouncerState>()(
    persist(
      bouncer(deps, () => storage.removeItem(SAVED_PROGRESS_KEY)),
      {
        name: SAVED_PROGRESS_KEY,
        version: SAVED_PROGRESS_VERSION,
        storage,
        // A secret typed into the token box may be a real one: it is never written
        // to storage, so it is gone after a reload, as a password field's would be.
        partialize: ({ lessonId, histories, drafts }): SavedProgress => ({
          lessonId,
          histories,
          drafts: { ...drafts, secret: '' },
        }),
        merge: (saved, current) =>
          saved === undefined
            ? current
            : { ...current, ...restoreProgress(saved as SavedProgress, deps.lessons) },
        onRehydrateStorage: () => (_state, error) => {
          if (error === undefined) return
          log.warn('Saved progress was not restored; starting fresh.', error)
          tell(restoreFailure(error))
        },
      },
    ),
  )
  if (early !== null) store.setState({ notice: early })
  return store
}

function bouncer(deps: BouncerDeps, forgetSaved: () => void): StateCreator<BouncerState> {
  return (set, get) => {
    /**
     * Runs one async task at a time; a failure leaves every history untouched,
     * applying only `failed`'s patch.
     */
    async function exclusive(
      task: BusyTask,
      work: () => Promise<Partial<BouncerState>>,
      failed: Partial<BouncerState> = {},
    ) {
      if (get().busy !== null) return
      set({ busy: task, failure: null, remark: null })
      try {
        const patch = await work()
        set({ selectedExchangeId: null, ...patch, busy: null })
      } catch (error) {
        if (!(error instanceof BouncerError)) {
          log.error(`${task.label} failed in a way Bouncer did not plan for.`, error)
        }
        set({ ...failed, busy: null, failure: describeFailure(task.label, error) })
      }
    }

    /** The store's histories with one lesson's replaced. */
    function withHistory(lessonId: string, history: History): Partial<BouncerState> {
      return { lessonId, histories: { ...get().histories, [lessonId]: history } }
    }

    async function freshHistory(lessonId: string): Promise<Partial<BouncerState>> {
      const lesson = findLesson(deps.lessons, lessonId)
      const world = await deps.createWorld(lesson.mode, deps.clock())
      return withHistory(lessonId, startHistory(world, 'Start'))
    }

    function startLesson(lessonId: string, verb: string): Promise<void> {
      const lesson = deps.lessons.find((known) => known.id === lessonId)
      const label = `${verb} “${lesson?.title ?? lessonId}”`
      // A lesson whose world cannot be made (no Web Crypto in this window) still
      // opens, so its text can be read beside the reason.
      const failed = lesson === undefined ? {} : { lessonId }
      return exclusive({ label, kind: 'world' }, () => freshHistory(lessonId), failed)
    }

    /** The open lesson and its history, or null before the first world exists. */
    function opened(): { lessonId: string; history: History } | null {
      const { lessonId, histories } = get()
      const history = lessonId === null ? undefined : histories[lessonId]
      return lessonId === null || history === undefined ? null : { lessonId, history }
    }

    /**
     * Runs an action on the world under the cursor and records the world it made.
     * Free play records nothing when the action left the world as it was (Replay
     * with no saved copy), so Back never needs a press that changes nothing; a
     * lesson step is recorded always, one snapshot per section.
     */
    async function runFromCursor(
      name: ActionName,
      params: ActionParams,
      made: Omit<Snapshot, 'world' | 'remark'>,
    ): Promise<Partial<BouncerState>> {
      const open = opened()
      if (open === null) return {}
      const { world } = currentSnapshot(open.history)
      const result = await deps.runAction(world, name, params, deps.send)
      if (made.section === null && result.world === world) {
        return { remark: result.remark, selectedExchangeId: get().selectedExchangeId }
      }
      const snapshot = { ...made, world: result.world, remark: result.remark }
      return withHistory(open.lessonId, pushSnapshot(open.history, snapshot))
    }

    return {
      lessons: deps.lessons,
      lessonId: null,
      histories: {},
      busy: null,
      failure: null,
      remark: null,
      selectedExchangeId: null,
      drafts: INITIAL_DRAFTS,
      notice: null,

      chooseLesson: async (lessonId) => {
        if (get().busy !== null) return
        if (!Object.hasOwn(get().histories, lessonId)) {
          return startLesson(lessonId, 'Starting')
        }
        set({ lessonId, selectedExchangeId: null, failure: null, remark: null })
      },

      reset: async () => {
        const { lessonId, histories } = get()
        if (lessonId === null) return
        await startLesson(
          lessonId,
          Object.hasOwn(histories, lessonId) ? 'Resetting' : 'Starting',
        )
      },

      startOver: async () => {
        if (get().busy !== null) return
        const lessonId = get().lessonId ?? deps.lessons[0]?.id ?? null
        forgetSaved()
        set({
          lessonId: null,
          histories: {},
          drafts: INITIAL_DRAFTS,
          failure: null,
          remark: null,
          selectedExchangeId: null,
          notice: null,
        })
        if (lessonId !== null) await startLesson(lessonId, 'Starting')
      },

      next: async () => {
        const open = opened()
        if (open === null || get().busy !== null) return
        const { stepsDone, world } = currentSnapshot(open.history)
        const section = findLesson(deps.lessons, open.lessonId).sections[stepsDone]
        if (section === undefined) return
        if (recordedStep(open.history, stepsDone) !== null) {
          // Forward after Back shows the world already recorded, byte for byte.
          const forward = withHistory(open.lessonId, stepForward(open.history))
          set({ ...forward, selectedExchangeId: null, failure: null, remark: null })
          return
        }
        const label = `Step ${stepsDone + 1}: ${section.title}`
        const made = { label, stepsDone: stepsDone + 1, section: stepsDone }
        const { step } = section
        if (step === null) {
          // A prose section (a recap, a check) changes nothing, but still gets its
          // own snapshot so Back and the step counter stay one-to-one with sections.
          const snapshot = { ...made, world, remark: null }
          await exclusive({ label, kind: 'local' }, async () =>
            withHistory(open.lessonId, pushSnapshot(open.history, snapshot)),
          )
          return
        }
        const kind = ACTION_SENDS[step.action] ? 'send' : 'local'
        await exclusive({ label, kind }, () =>
          runFromCursor(step.action, step.params, made),
        )
      },

      back: () => {
        const open = opened()
        if (open === null || get().busy !== null) return
        const back = withHistory(open.lessonId, stepBack(open.history))
        set({ ...back, selectedExchangeId: null, failure: null, remark: null })
      },

      play: async (name, params = {}) => {
        const open = opened()
        if (open === null) return
        const label = `Free play: ${ACTION_LABELS[name]}`
        const { stepsDone } = currentSnapshot(open.history)
        const kind = ACTION_SENDS[name] ? 'send' : 'local'
        await exclusive({ label, kind }, () =>
          runFromCursor(name, params, { label, stepsDone, section: null }),
        )
      },

      selectExchange: (exchangeId) => set({ selectedExchangeId: exchangeId }),
      dismissFailure: () => set({ failure: null }),
      dismissNotice: () => set({ notice: null }),
      updateDrafts: (patch) => set({ drafts: { ...get().drafts, ...patch } }),
    }
  }
}

function findLesson(lessons: readonly Lesson[], lessonId: string): Lesson {
  const lesson = lessons.find((candidate) => candidate.id === lessonId)
  if (lesson === undefined) {
    throw new TypeError(
      `No lesson "${lessonId}"; choose one of: ${lessons.map((known) => known.id).join(', ')}.`,
    )
  }
  return lesson
}
