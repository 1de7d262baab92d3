import type { Lesson } from '../course/lesson'
import type { History } from './history'
import type { SavedProgress } from './saved-progress'

/** The part of the store's state that saved progress restores. */
export interface RestoredProgress extends SavedProgress {
  /** Said once to the learner when part of the saved progress was left behind. */
  readonly notice: string | null
}

/**
 * Fits saved progress to the course as it is now. A lesson that left the course
 * takes its history with it; a lesson whose sections changed since the save starts
 * again, and the learner is told which.
 */
export function restoreProgress(
  saved: SavedProgress,
  lessons: readonly Lesson[],
): RestoredProgress {
  const histories: Record<string, History> = {}
  const changed: string[] = []
  for (const [lessonId, history] of Object.entries(saved.histories)) {
    const lesson = lessons.find((candidate) => candidate.id === lessonId)
    if (lesson === undefined) continue
    if (fits(history, lesson)) histories[lessonId] = history
    else changed.push(`“${lesson.title}”`)
  }
  const lessonId =
    saved.lessonId !== null && Object.hasOwn(histories, saved.lessonId)
      ? saved.lessonId
      : null
  const notice =
    changed.length === 0
      ? null
      : `Your progress in ${changed.join(' and ')} was left behind: the lesson changed since you saved it, so it starts again.`
  return { lessonId, histories, drafts: saved.drafts, notice }
}

function fits(history: History, lesson: Lesson): boolean {
  const steps = lesson.sections.length
  return (
    history.snapshots.length > 0 &&
    history.snapshots.every(
      ({ world, stepsDone, section }) =>
        world.clientMode === lesson.mode &&
        stepsDone <= steps &&
        (section === null || section < steps),
    )
  )
}
