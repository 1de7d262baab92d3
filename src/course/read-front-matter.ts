import { isMap, isNode, isScalar, LineCounter, parseDocument } from 'yaml'
import type { Document } from 'yaml'
import type { z } from 'zod'
import type { LessonProblem } from './lesson.ts'
import { FRONT_MATTER_FIELDS, lessonFrontMatter } from './lesson-front-matter.ts'
import type { LessonFrontMatter } from './lesson-front-matter.ts'
import { nearestName } from './nearest-name.ts'

/** What the front matter block of a lesson file yielded. */
export interface FrontMatterReading {
  /** Null when the block is missing or broken; the problems say why. */
  readonly frontMatter: LessonFrontMatter | null
  /** The line of the `id:` field, or 1 when there is none. */
  readonly idLine: number
  /** Everything after the closing `---`. */
  readonly body: string
  /** The file line on which `body` begins. */
  readonly bodyLine: number
  readonly problems: readonly LessonProblem[]
}

type Report = (
  code: LessonProblem['code'],
  line: number,
  message: string,
) => LessonProblem

const FENCE = /^---[ \t]*$/
const FIELDS = FRONT_MATTER_FIELDS.join(', ')

/** Fixes for the yaml errors authors make most; any other gets the default. */
const YAML_FIXES: Readonly<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: 'If the value contains ": ", put the whole value in quotes.',
  MULTILINE_IMPLICIT_KEY: 'If the value contains ": ", put the whole value in quotes.',
  DUPLICATE_KEY: 'Keep one line per field.',
}
const DEFAULT_YAML_FIX = 'Check the quotes, brackets and indentation on this line.'

/**
 * Splits a lesson's `---` front matter from its body, parses it as YAML and
 * validates it, collecting every problem with the file line it is on.
 * `source` must already use `\n` line ends.
 */
export function readFrontMatter(file: string, source: string): FrontMatterReading {
  const report: Report = (code, line, message) => ({ code, file, line, message })
  const lines = source.split('\n')
  if (!FENCE.test(lines[0] ?? '')) {
    const message =
      'The lesson has no front matter. Start the file with a line "---", then the ' +
      `fields ${FIELDS} as "field: value" lines, then another "---".`
    return broken(source, 1, [report('front-matter.missing', 1, message)])
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line))
  if (closing === -1) {
    const message =
      'The front matter opened here is never closed. ' +
      'Add a line "---" after its last field.'
    return broken('', lines.length + 1, [report('front-matter.unclosed', 1, message)])
  }
  const body = lines.slice(closing + 1).join('\n')
  const bodyLine = closing + 2

  const lineCounter = new LineCounter()
  const document = parseDocument(lines.slice(1, closing).join('\n'), { lineCounter })
  const syntax = yamlProblems(document, report)
  if (syntax.length > 0) return broken(body, bodyLine, syntax)

  // The YAML text starts on the file's second line, hence the +1.
  const fieldLine = (field: string): number => {
    const offset = fieldOffset(document, field)
    return offset === null ? 1 : lineCounter.linePos(offset).line + 1
  }
  const idLine = fieldLine('id')
  const parsed = lessonFrontMatter.safeParse(document.toJS())
  if (parsed.success) {
    return { frontMatter: parsed.data, idLine, body, bodyLine, problems: [] }
  }
  const problems = parsed.error.issues.flatMap((issue) =>
    fieldProblems(issue, fieldLine, report),
  )
  return { frontMatter: null, idLine, body, bodyLine, problems }
}

function yamlProblems(document: Document, report: Report): LessonProblem[] {
  const problems: LessonProblem[] = []
  for (const error of document.errors) {
    const line = (error.linePos?.[0].line ?? 1) + 1
    // yaml often reports one slip twice on a line; the first says it best.
    if (problems.some((known) => known.line === line)) continue
    const reason = error.message.split(' at line ')[0] ?? error.message
    const fix = YAML_FIXES[error.code] ?? DEFAULT_YAML_FIX
    const message = `The front matter is not valid YAML: ${reason}. ${fix}`
    problems.push(report('front-matter.yaml', line, message))
  }
  return problems
}

function fieldProblems(
  issue: z.core.$ZodIssue,
  fieldLine: (field: string) => number,
  report: Report,
): LessonProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const guess = nearestName(key, FRONT_MATTER_FIELDS)
      const hint = guess ? ` Did you mean "${guess}"?` : ''
      const message =
        `The front matter has an unknown field "${key}".${hint} ` +
        `The fields are ${FIELDS}.`
      return report('front-matter.field', fieldLine(key), message)
    })
  }
  const field = issue.path.map(String).join('.')
  if (field === '') {
    const message = `The front matter must be "field: value" lines: ${FIELDS}.`
    return [report('front-matter.field', 1, message)]
  }
  const message = `Front matter field "${field}" ${issue.message}`
  return [report('front-matter.field', fieldLine(field), message)]
}

function broken(
  body: string,
  bodyLine: number,
  problems: readonly LessonProblem[],
): FrontMatterReading {
  return { frontMatter: null, idLine: 1, body, bodyLine, problems }
}

/** Where a top-level field's value (or, when it has none, its key) starts. */
function fieldOffset(document: Document, field: string): number | null {
  if (!isMap(document.contents)) return null
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || pair.key.value !== field) continue
    const node = isNode(pair.value) ? pair.value : pair.key
    return node.range?.[0] ?? null
  }
  return null
}
