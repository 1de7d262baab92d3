import type { Lesson, LessonProblem } from './lesson.ts'
import { readFrontMatter } from './read-front-matter.ts'
import { readSections } from './read-sections.ts'

/** A parsed lesson, or every problem found in its file (never both). */
export type ParseLessonResult =
  | { readonly lesson: Lesson; readonly problems?: never }
  | { readonly problems: readonly LessonProblem[]; readonly lesson?: never }

/**
 * Parses one lesson file: `---` front matter, an intro, then `##` sections whose
 * headings may end with `{action=NAME key=value}`. Pure: it reads no files, so the
 * app, the build check and the tests share it. `file` is used in messages only.
 */
export function parseLesson(file: string, source: string): ParseLessonResult {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const head = readFrontMatter(file, text)
  const body = readSections(file, head.body, head.bodyLine)
  const problems = [...head.problems, ...body.problems]
  // Unclosed front matter swallows the whole file, so its body cannot be judged.
  const bodyKnown = head.problems.every(
    (problem) => problem.code !== 'front-matter.unclosed',
  )
  // A step with a broken block is already reported; "no steps" would only add noise.
  const hasStep =
    body.sections.some((section) => section.step !== null) ||
    body.problems.some((problem) => problem.code.startsWith('step.'))
  if (bodyKnown && !hasStep) {
    problems.push({
      code: 'lesson.no-steps',
      file,
      line: head.bodyLine,
      message:
        'The lesson has no steps, so there is nothing for the learner to run. Add a ' +
        'section whose heading ends with an action, e.g. ## Log in {action=login ' +
        'username=alice password=securepassword123}',
    })
  }
  if (problems.length > 0 || head.frontMatter === null) {
    return { problems: problems.sort((a, b) => a.line - b.line) }
  }
  const { frontMatter } = head
  return {
    lesson: {
      ...frontMatter,
      file,
      idLine: head.idLine,
      intro: body.intro,
      sections: body.sections,
    },
  }
}
