import { z } from 'zod'

/** Lesson ids are slugs: they appear in links and key the learner's progress. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/**
 * Builds a zod error message that says what a field must be and shows a line the
 * author can copy, so a broken lesson explains its own fix.
 */
function expect(field: string, requirement: string, example: string) {
  return (issue: { readonly input?: unknown }): string => {
    if (issue.input === undefined)
      return `is missing. Add a line like: ${field}: ${example}`
    if (issue.input === null)
      return `is empty. It must be ${requirement}, e.g. ${example}`
    return `must be ${requirement}, e.g. ${example}; got ${JSON.stringify(issue.input)}`
  }
}

const idRule = expect('id', 'lower-case words joined by hyphens', 'session-wristband')
const titleRule = expect(
  'title',
  'non-empty text',
  "'The wristband: server-side sessions'",
)
const modeRule = expect('mode', 'session or jwt', 'session')
const orderRule = expect('order', 'a whole number from 1 up', '1')
const summaryRule = expect(
  'summary',
  'one sentence of text',
  'See how a cookie keeps you in.',
)

/** The front matter every lesson starts with, between two `---` lines. */
export const lessonFrontMatter = z.strictObject({
  id: z.string({ error: idRule }).regex(ID_PATTERN, { error: idRule }),
  title: z.string({ error: titleRule }).trim().min(1, { error: titleRule }),
  mode: z.enum(['session', 'jwt'], { error: modeRule }),
  order: z
    .number({ error: orderRule })
    .int({ error: orderRule })
    .positive({ error: orderRule }),
  summary: z.string({ error: summaryRule }).trim().min(1, { error: summaryRule }),
})

/** A lesson's validated front matter. */
export type LessonFrontMatter = z.infer<typeof lessonFrontMatter>

/** The field names, in the order the docs list them. */
export const FRONT_MATTER_FIELDS = Object.keys(lessonFrontMatter.shape)
