import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { Lesson } from '../course/lesson'
import type { AuthMode } from '../server/server-state'
import type { ActionName, ActionParams } from '../world/action-names'
import type { RunAction } from '../world/run-action'
import type { SendToServer } from '../world/send-to-server'
import type { World } from '../world/world'
import { ACTION_LABELS } from './action-labels'
import { describeFailure } from './action-failure'
import type { ActionFailure } from './action-failure'
import { currentSnapshot, pushSnapshot, startHistory, stepBack } from './history'
import type { History } from './history'

/** What the store runs against; the page passes the real ones, tests pass fakes. */
export interface BouncerDeps {
  readonly lessons: readonly Lesson[]
  readonly runAction: RunAction
  readonly createWorld: (mode: AuthMode, now: number) => Promise<World>
  readonly send: SendToServer
  /** Where a fresh world's virtual clock starts, in milliseconds since the epoch. */
  readonly clock: () => number
}

/** The store's state and the actions that change it; panels select what they show. */
export interface BouncerState {
  /** Every lesson that loaded, in course order; fixed for the store's life. */
  readonly lessons: readonly Lesson[]
  readonly lessonId: string | null
  /** Null until the first world has been created. */
  readonly history: History | null
  /** What is running right now, e.g. "Step 2: Log in"; buttons wait while set. */
  readonly busy: string | null
  readonly failure: ActionFailure | null
  /** The exchange the learner clicked in the timeline; null follows the newest. */
  readonly selectedExchangeId: number | null
  /**
   * What the learner typed into the token box. Kept here rather than in the panel,
   * so a panel that fails and is retried gives the text back.
   */
  readonly tokenDraft: string
  readonly secretDraft: string
  /** Chooses a lesson and starts it in a fresh world of its mode. */
  readonly chooseLesson: (lessonId: string) => Promise<void>
  /** Runs the lesson's next scripted step. */
  readonly next: () => Promise<void>
  /** Returns to the previous world exactly, without re-running anything. */
  readonly back: () => void
  /** Starts the current lesson again in a fresh world. */
  readonly reset: () => Promise<void>
  /** Runs an action outside the lesson script (the free-play buttons). */
  readonly play: (name: ActionName, params?: ActionParams) => Promise<void>
  readonly selectExchange: (exchangeId: number) => void
  readonly dismissFailure: () => void
  readonly setTokenDraft: (text: string) => void
  readonly setSecretDraft: (text: string) => void
}

/** The app's one store: the world's history, what is running, and what is selected. */
export type BouncerStore = StoreApi<BouncerState>

/** Creates the store; nothing runs until a lesson is chosen. */
export function createBouncerStore(deps: BouncerDeps): BouncerStore {
  return createStore<BouncerState>()((set, get) => {
    /** Runs one async task at a time; a failure leaves history untouched. */
    async function exclusive(label: string, task: () => Promise<Partial<BouncerState>>) {
      if (get().busy !== null) return
      set({ busy: label, failure: null })
      try {
        const patch = await task()
        set({ ...patch, busy: null, selectedExchangeId: null })
      } catch (error) {
        set({ busy: null, failure: describeFailure(label, error) })
      }
    }

    async function freshHistory(lessonId: string): Promise<Partial<BouncerState>> {
      const world = await deps.createWorld(
        findLesson(deps.lessons, lessonId).mode,
        deps.clock(),
      )
      return { lessonId, history: startHistory(world, 'Start') }
    }

    async function runFromCursor(
      history: History,
      name: ActionName,
      params: ActionParams,
      label: string,
      stepsDone: number,
    ): Promise<Partial<BouncerState>> {
      const { world } = currentSnapshot(history)
      const result = await deps.runAction(world, name, params, deps.send)
      const snapshot = { world: result.world, label, remark: result.remark, stepsDone }
      return { history: pushSnapshot(history, snapshot) }
    }

    return {
      lessons: deps.lessons,
      lessonId: null,
      history: null,
      busy: null,
      failure: null,
      selectedExchangeId: null,
      tokenDraft: '',
      secretDraft: '',

      chooseLesson: (lessonId) =>
        exclusive('Preparing a fresh world', () => freshHistory(lessonId)),

      reset: async () => {
        const { lessonId } = get()
        if (lessonId === null) return
        await exclusive('Preparing a fresh world', () => freshHistory(lessonId))
      },

      next: async () => {
        const { history, lessonId } = get()
        if (history === null || lessonId === null) return
        const { stepsDone, world } = currentSnapshot(history)
        const section = findLesson(deps.lessons, lessonId).sections[stepsDone]
        if (section === undefined) return
        const label = `Step ${stepsDone + 1}: ${section.title}`
        const { step } = section
        await exclusive(label, async () => {
          if (step !== null) {
            return runFromCursor(history, step.action, step.params, label, stepsDone + 1)
          }
          // A prose section (a recap, a check) changes nothing, but still gets its
          // own snapshot so Back and the step counter stay one-to-one with sections.
          const snapshot = { world, label, remark: null, stepsDone: stepsDone + 1 }
          return { history: pushSnapshot(history, snapshot) }
        })
      },

      back: () => {
        const { history, busy } = get()
        if (history === null || busy !== null) return
        set({ history: stepBack(history), selectedExchangeId: null, failure: null })
      },

      play: async (name, params = {}) => {
        const { history } = get()
        if (history === null) return
        const label = `Free play: ${ACTION_LABELS[name]}`
        const { stepsDone } = currentSnapshot(history)
        await exclusive(label, () =>
          runFromCursor(history, name, params, label, stepsDone),
        )
      },

      selectExchange: (exchangeId) => set({ selectedExchangeId: exchangeId }),
      dismissFailure: () => set({ failure: null }),
      setTokenDraft: (text) => set({ tokenDraft: text }),
      setSecretDraft: (text) => set({ secretDraft: text }),
    }
  })
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
