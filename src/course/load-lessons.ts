/// <reference types="vite/client" />
import { buildLessonCatalog } from './lesson-catalog'
import type { LessonCatalog } from './lesson-catalog'

/**
 * Every lesson file's text, bundled by Vite. The glob lives only here, so the
 * build's lesson check can import the parser without a Vite-only API.
 */
const sources = import.meta.glob<string>('/lessons/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** The course's lessons in order, and the problems of any lesson that is broken. */
export function loadLessons(): LessonCatalog {
  return buildLessonCatalog(
    // Glob keys start at the root ("/lessons/x.md"); messages name "lessons/x.md".
    Object.entries(sources).map(([path, source]) => ({ file: path.slice(1), source })),
  )
}
