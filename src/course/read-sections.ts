import { fromMarkdown } from 'mdast-util-from-markdown'
import type { LessonProblem, LessonSection } from './lesson.ts'
import { readStepHeading } from './step-heading.ts'

/** A lesson body cut into its intro and its `##` sections. */
export interface SectionReading {
  readonly intro: string
  readonly sections: readonly LessonSection[]
  readonly problems: readonly LessonProblem[]
}

/**
 * Cuts a lesson body at its top-level `##` headings, keeping each section's
 * Markdown source as written. `bodyLine` is the file line the body starts on, so
 * every line number reported is a line of the file, not of the body.
 */
export function readSections(
  file: string,
  body: string,
  bodyLine: number,
): SectionReading {
  const toFileLine = (bodyLineNumber: number) => bodyLineNumber + bodyLine - 1
  const headings = fromMarkdown(body).children.filter(
    (node): node is Extract<typeof node, { type: 'heading' }> =>
      node.type === 'heading' && node.depth === 2,
  )
  const introEnd = headings[0]?.position?.start.offset ?? body.length
  const sections: LessonSection[] = []
  const problems: LessonProblem[] = []

  headings.forEach((node, index) => {
    const end = node.position?.end.offset ?? 0
    const next = headings[index + 1]?.position?.start.offset ?? body.length
    const first = node.children[0]?.position?.start.offset
    const last = node.children.at(-1)?.position?.end.offset
    // The children's span leaves out the `##` marker, a closing `##`, a setext underline.
    const headingText =
      first === undefined || last === undefined ? '' : body.slice(first, last)
    const line = toFileLine(node.position?.start.line ?? 1)
    const heading = readStepHeading(headingText)
    for (const { code, message } of heading.problems) {
      problems.push({ code, file, line, message })
    }
    if (heading.title === '' && heading.problems.length === 0) {
      const message = 'This heading is empty. Give the section a title, e.g. ## Recap'
      problems.push({ code: 'section.untitled', file, line, message })
    }
    sections.push({
      title: heading.title,
      markdown: body.slice(end, next).trim(),
      line,
      step: heading.step,
    })
  })
  return { intro: body.slice(0, introEnd).trim(), sections, problems }
}
