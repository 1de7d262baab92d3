import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Logger, Plugin } from 'vite'
import { buildLessonCatalog } from '../src/course/lesson-catalog.ts'
import type { LessonFile } from '../src/course/lesson-catalog.ts'
import type { LessonProblem } from '../src/course/lesson.ts'
import { formatLessonReport } from '../src/course/lesson-report.ts'

const LESSON_FOLDER = 'lessons'

/** The module through which the app receives the parsed lessons. */
export const LESSON_CATALOG_ID = 'virtual:bouncer/lesson-catalog'
const RESOLVED_ID = `\0${LESSON_CATALOG_ID}`

/**
 * Parses the lessons at build time and hands the app the result as data, so the
 * page ships neither the Markdown parser nor the YAML and schema libraries.
 * `vite build` fails with one `lessons/x.md:12: message` line per problem, so a
 * broken lesson never ships; the dev server only warns and reloads, because the
 * page shows the problem to the author too.
 */
export function lessonCatalog(): Plugin {
  let root = process.cwd()
  let building = false
  let logger: Logger | null = null
  const warn = (problems: readonly LessonProblem[]) => {
    if (problems.length === 0) return
    logger?.warn(`[bouncer] ${formatLessonReport(problems)}`, { timestamp: true })
  }
  return {
    name: 'bouncer:lesson-catalog',
    configResolved(config) {
      root = config.root
      building = config.command === 'build'
      logger = config.logger
    },
    buildStart() {
      const problems = checkLessons(root)
      if (problems.length === 0) return
      if (building) this.error(formatLessonReport(problems))
      warn(problems)
    },
    resolveId(id) {
      return id === LESSON_CATALOG_ID ? RESOLVED_ID : null
    },
    load(id) {
      if (id !== RESOLVED_ID) return null
      const catalog = buildLessonCatalog(readLessonFiles(root))
      return `export default ${JSON.stringify(catalog)}`
    },
    configureServer(server) {
      const lessonFolder = join(root, LESSON_FOLDER) + sep
      server.watcher.add(lessonFolder)
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(lessonFolder) || !path.endsWith('.md')) return
        warn(checkLessons(root))
        const module = server.moduleGraph.getModuleById(RESOLVED_ID)
        if (module) server.moduleGraph.invalidateModule(module)
        server.ws.send({ type: 'full-reload' })
      })
    },
  }
}

/** Parses `<root>/lessons/*.md` and returns every problem, across files too. */
export function checkLessons(root: string): readonly LessonProblem[] {
  return buildLessonCatalog(readLessonFiles(root)).problems
}

function readLessonFiles(root: string): LessonFile[] {
  const folder = join(root, LESSON_FOLDER)
  let names: string[]
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.md'))
  } catch (cause) {
    // A project without lessons has nothing to check; any other failure is real.
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw cause
  }
  return names.map((name) => {
    const path = join(folder, name)
    // Messages use forward slashes on every system, as the app's glob keys do.
    const file = relative(root, path).split(sep).join('/')
    return { file, source: readFileSync(path, 'utf8') }
  })
}
