import { expect, test } from 'vitest'
import { loadLessons } from '../../src/course/load-lessons'

test('loads the bundled course lessons in order, without problems', () => {
  const catalog = loadLessons()
  expect(catalog.problems).toEqual([])
  expect(catalog.lessons.map(({ id, file, mode }) => ({ id, file, mode }))).toEqual([
    { id: 'session-wristband', file: 'lessons/01-session-wristband.md', mode: 'session' },
    { id: 'jwt-passport', file: 'lessons/02-jwt-passport.md', mode: 'jwt' },
  ])
})
