import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, test } from 'vitest'
import { build, createLogger, createServer } from 'vite'
import { checkLessons, lessonCatalog } from '../../scripts/lesson-catalog-plugin'
import { formatLessonReport } from '../../src/course/lesson-report'

const SOUND = [
  '---',
  'id: sound',
  'title: Sound',
  'mode: jwt',
  'order: 1',
  'summary: S.',
  '---',
  '## Go {action=get-profile}',
].join('\n')

const BROKEN = SOUND.replace('mode: jwt', 'mode: cookie').replace('get-profile', 'fly')

const EXPECTED_REPORT = [
  'Lesson check found 2 problems in 1 lesson file:',
  'lessons/02-broken.md:4: Front matter field "mode" must be session or jwt, e.g. session; got "cookie"',
  'lessons/02-broken.md:8: Unknown action "fly". The actions are login, get-profile, logout, save-token-copy, replay-saved-token, tamper-token, advance-clock, send-request.',
].join('\n')

const roots: string[] = []

/** A throwaway Vite project holding the given lesson files. */
function project(lessons: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'bouncer-lessons-'))
  roots.push(root)
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>fixture</title>')
  mkdirSync(join(root, 'lessons'))
  for (const [name, source] of Object.entries(lessons)) {
    writeFileSync(join(root, 'lessons', name), source)
  }
  return root
}

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

describe('lessonCatalog', () => {
  test('fails vite build with one file:line line per problem', async () => {
    const root = project({ '01-sound.md': SOUND, '02-broken.md': BROKEN })
    const building = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [lessonCatalog()],
      build: { write: false },
    })
    await expect(building).rejects.toThrow(EXPECTED_REPORT)
  })

  test('lets vite build through when every lesson is sound', async () => {
    const root = project({ '01-sound.md': SOUND })
    const building = build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [lessonCatalog()],
      build: { write: false },
    })
    await expect(building).resolves.toBeDefined()
  })

  test('only warns on the dev server, with the same report', async () => {
    const root = project({ '02-broken.md': BROKEN })
    const warnings: string[] = []
    const customLogger = createLogger('silent')
    customLogger.warn = (message) => void warnings.push(message)
    const server = await createServer({
      root,
      configFile: false,
      customLogger,
      plugins: [lessonCatalog()],
      server: { port: 0, ws: false },
    })
    try {
      await server.listen()
      expect(warnings).toEqual([`[bouncer] ${EXPECTED_REPORT}`])
    } finally {
      await server.close()
    }
  })
})

describe('checkLessons', () => {
  test('finds nothing to report in a project without a lessons folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'bouncer-empty-'))
    roots.push(root)
    expect(checkLessons(root)).toEqual([])
  })

  test('reports across files, naming them from the project root', () => {
    const root = project({ 'a.md': SOUND, 'b.md': SOUND })
    expect(formatLessonReport(checkLessons(root))).toBe(
      [
        'Lesson check found 1 problem in 1 lesson file:',
        'lessons/b.md:2: The id "sound" is already used by lessons/a.md. Give this lesson its own id: progress and links are keyed by it.',
      ].join('\n'),
    )
  })
})
