import type { Lesson } from '../course/lesson'
import type { Exchange } from '../trace/exchange'
import type { World } from '../world/world'
import type { BouncerState } from './bouncer-store'
import { currentSnapshot } from './history'
import type { History, Snapshot } from './history'

/** The open lesson's history, or null before its first world exists. */
export function selectHistory(state: BouncerState): History | null {
  if (state.lessonId === null) return null
  return state.histories[state.lessonId] ?? null
}

/** The snapshot the learner is looking at, or null before the first world exists. */
export function selectSnapshot(state: BouncerState): Snapshot | null {
  const history = selectHistory(state)
  return history === null ? null : currentSnapshot(history)
}

/** Whether the open lesson has its world, is still making one, or could not make one. */
export type WorldStatus = 'ready' | 'preparing' | 'failed'

/**
 * The open lesson's world status. A lesson open without a history and with
 * nothing running is one whose world could not be made (the store opens it
 * anyway, so its text stays readable).
 */
export function selectWorldStatus(state: BouncerState): WorldStatus {
  if (selectHistory(state) !== null) return 'ready'
  return state.lessonId !== null && state.busy === null ? 'failed' : 'preparing'
}

/** The world the learner is looking at, or null before the first world exists. */
export function selectWorld(state: BouncerState): World | null {
  return selectSnapshot(state)?.world ?? null
}

/** The exchange picked in the timeline, else the newest one, else null. */
export function selectExchange(state: BouncerState): Exchange | null {
  const trace = selectWorld(state)?.trace ?? []
  const chosen = trace.find((exchange) => exchange.id === state.selectedExchangeId)
  return chosen ?? trace.at(-1) ?? null
}

/** The lesson being followed, or null before one is chosen. */
export function selectLesson(state: BouncerState): Lesson | null {
  return state.lessons.find((lesson) => lesson.id === state.lessonId) ?? null
}
