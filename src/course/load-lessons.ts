import catalog from 'virtual:bouncer/lesson-catalog'
import type { LessonCatalog } from './lesson-catalog.ts'

/**
 * The course's lessons in order, and the problems of any lesson that is broken.
 * They were parsed when the site was built (scripts/lesson-catalog-plugin.ts).
 */
export function loadLessons(): LessonCatalog {
  return catalog
}
