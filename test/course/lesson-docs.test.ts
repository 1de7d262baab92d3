import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parseLesson } from '../../src/course/parse-lesson'

test('the example in docs/lessons.md is a lesson that parses without problems', () => {
  const docs = readFileSync(new URL('../../docs/lessons.md', import.meta.url), 'utf8')
  const example = /```markdown\n([\s\S]*?)```/.exec(docs)?.[1]
  expect(example).toBeDefined()
  const result = parseLesson('docs/lessons.md', example ?? '')
  expect(result.problems).toBeUndefined()
  expect(result.lesson?.sections.map((section) => section.step?.action ?? null)).toEqual([
    'login',
    'advance-clock',
    null,
    null,
  ])
})
