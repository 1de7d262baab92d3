import { describe, expect, test } from 'vitest'
import { buildLessonCatalog } from '../../src/course/lesson-catalog'

/** A sound lesson file with the given id and order, its `id:` on line 2. */
function lessonFile(file: string, id: string, order: number) {
  const source = [
    '---',
    `id: ${id}`,
    `title: Lesson ${id}`,
    'mode: session',
    `order: ${order}`,
    'summary: S.',
    '---',
    '## Go {action=get-profile}',
  ].join('\n')
  return { file, source }
}

describe('buildLessonCatalog', () => {
  test('lists the lessons by their order, not by file name', () => {
    const catalog = buildLessonCatalog([
      lessonFile('lessons/a.md', 'second', 2),
      lessonFile('lessons/b.md', 'first', 1),
    ])
    expect(catalog.lessons.map((lesson) => lesson.id)).toEqual(['first', 'second'])
    expect(catalog.problems).toEqual([])
  })

  test('keeps the first lesson with an id and reports the next at its id line', () => {
    const catalog = buildLessonCatalog([
      lessonFile('lessons/b.md', 'twin', 2),
      lessonFile('lessons/a.md', 'twin', 1),
    ])
    expect(catalog.lessons.map((lesson) => lesson.file)).toEqual(['lessons/a.md'])
    expect(catalog.problems).toEqual([
      {
        code: 'lesson.duplicate-id',
        file: 'lessons/b.md',
        line: 2,
        message:
          'The id "twin" is already used by lessons/a.md. Give this lesson its own id: ' +
          'progress and links are keyed by it.',
      },
    ])
  })

  test('leaves a broken lesson out but reports it, by file and line', () => {
    const catalog = buildLessonCatalog([
      { file: 'lessons/c.md', source: '## Go {action=fly}' },
      lessonFile('lessons/a.md', 'fine', 1),
      { file: 'lessons/b.md', source: '---\nid: b' },
    ])
    expect(catalog.lessons.map((lesson) => lesson.id)).toEqual(['fine'])
    expect(
      catalog.problems.map(({ file, line, code }) => `${file}:${line} ${code}`),
    ).toEqual([
      'lessons/b.md:1 front-matter.unclosed',
      'lessons/c.md:1 front-matter.missing',
      'lessons/c.md:1 step.unknown-action',
    ])
  })
})
