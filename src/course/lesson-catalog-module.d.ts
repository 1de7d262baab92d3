declare module 'virtual:bouncer/lesson-catalog' {
  import type { LessonCatalog } from './lesson-catalog'

  /** The lessons parsed at build time by scripts/lesson-catalog-plugin.ts. */
  const catalog: LessonCatalog
  export default catalog
}
