import type { Lesson, LessonProblem } from './lesson.ts'
import { parseLesson } from './parse-lesson.ts'

/** A lesson file's name relative to the project root (`lessons/01-x.md`) and its text. */
export interface LessonFile {
  readonly file: string
  readonly source: string
}

/** The lessons that parsed, in course order, and the problems of those that did not. */
export interface LessonCatalog {
  readonly lessons: readonly Lesson[]
  /** Sorted by file, then line; empty when every lesson is sound. */
  readonly problems: readonly LessonProblem[]
}

/**
 * Parses every lesson file and checks them against each other. A broken lesson
 * is left out of `lessons` but kept in `problems`, so the app can show its author
 * what to fix instead of hiding it.
 */
export function buildLessonCatalog(files: readonly LessonFile[]): LessonCatalog {
  const byFile = [...files].sort((a, b) => compareText(a.file, b.file))
  const lessons: Lesson[] = []
  const problems: LessonProblem[] = []
  const owners = new Map<string, Lesson>()
  for (const { file, source } of byFile) {
    const result = parseLesson(file, source)
    if (result.problems) {
      problems.push(...result.problems)
      continue
    }
    const { lesson } = result
    const owner = owners.get(lesson.id)
    if (owner) {
      problems.push({
        code: 'lesson.duplicate-id',
        file,
        line: lesson.idLine,
        message:
          `The id "${lesson.id}" is already used by ${owner.file}. Give this lesson ` +
          'its own id: progress and links are keyed by it.',
      })
      continue
    }
    owners.set(lesson.id, lesson)
    lessons.push(lesson)
  }
  lessons.sort((a, b) => a.order - b.order || compareText(a.id, b.id))
  problems.sort((a, b) => compareText(a.file, b.file) || a.line - b.line)
  return { lessons, problems }
}

/** Code-point order, so the result is the same in every locale and runtime. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
