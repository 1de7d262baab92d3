import type { AuthMode } from '../server/server-state.ts'
import type { ActionName, ActionParams } from '../world/action-names.ts'

/**
 * A lesson as the app shows it: its front matter, an intro, and sections, some of
 * which are steps the learner runs. Lessons name actions; they import no code.
 */
export interface Lesson {
  /** Stable id, e.g. `session-wristband`: progress and links are keyed by it. */
  readonly id: string
  readonly title: string
  /** How the mock monolith and the page authenticate while this lesson runs. */
  readonly mode: AuthMode
  /** Lessons are listed by this number, lowest first. */
  readonly order: number
  /** One sentence for the lesson list. */
  readonly summary: string
  /** The file the lesson came from, relative to the project root: `lessons/01-x.md`. */
  readonly file: string
  /** The line of the `id:` field, so a clash between two lessons can point at it. */
  readonly idLine: number
  /** Markdown before the first `##` heading: what the learner will learn. */
  readonly intro: string
  readonly sections: readonly LessonSection[]
}

/** One `##` section of a lesson, with or without a step to run. */
export interface LessonSection {
  /** The heading's Markdown without its `{action=...}` block. */
  readonly title: string
  /** The section's Markdown below its heading, for react-markdown. */
  readonly markdown: string
  /** The heading's line in the lesson file. */
  readonly line: number
  /** The action this section runs, or null for prose such as a recap. */
  readonly step: LessonStep | null
}

/** An action a lesson section asks the app to run, with its parameters as text. */
export interface LessonStep {
  readonly action: ActionName
  readonly params: ActionParams
}

/** Stable codes for what can be wrong with a lesson file. */
export type LessonProblemCode =
  | 'front-matter.missing'
  | 'front-matter.unclosed'
  | 'front-matter.yaml'
  | 'front-matter.field'
  | 'section.untitled'
  | 'step.syntax'
  | 'step.unknown-action'
  | 'step.bad-param'
  | 'lesson.no-steps'
  | 'lesson.duplicate-id'

/** Something wrong in a lesson file, precise enough for its author to fix it. */
export interface LessonProblem {
  readonly code: LessonProblemCode
  /** The file, relative to the project root: `lessons/01-x.md`. */
  readonly file: string
  /** 1-based line in that file. */
  readonly line: number
  /** What is wrong and how to fix it, in one or two sentences. */
  readonly message: string
}
