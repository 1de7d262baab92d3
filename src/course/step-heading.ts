import { ACTION_NAMES, isActionName } from '../world/action-names.ts'
import type { LessonProblemCode, LessonStep } from './lesson.ts'
import { nearestName } from './nearest-name.ts'
import { checkStepParams } from './step-params.ts'

/** A section heading split into its title and the step its `{...}` block names. */
export interface StepHeading {
  readonly title: string
  /** Null when the heading has no step block, or when the block is broken. */
  readonly step: LessonStep | null
  readonly problems: readonly {
    readonly code: LessonProblemCode
    readonly message: string
  }[]
}

/**
 * A trailing `{...}` that holds at least one `=`. A brace group without `=`, or an
 * escaped `\{`, stays part of the title, so headings may still mention braces.
 */
const STEP_BLOCK = /(?<!\\)\{([^{}]*=[^{}]*)\}\s*$/

const EXAMPLE = '{action=login username=alice password=securepassword123}'

/** Reads the Markdown of a `##` heading: `Title {action=NAME key=value ...}`. */
export function readStepHeading(heading: string): StepHeading {
  const block = STEP_BLOCK.exec(heading)
  if (!block) return { title: heading.trim(), step: null, problems: [] }
  const title = heading.slice(0, block.index).trim()
  const problems: StepHeading['problems'][number][] = []
  if (title === '') {
    problems.push({
      code: 'section.untitled',
      message:
        'This heading has a step block but no title. Write the title first: ' +
        `## Log in ${EXAMPLE}`,
    })
  }
  const pairs = readPairs(block[1] ?? '')
  if ('error' in pairs) {
    problems.push({ code: 'step.syntax', message: pairs.error })
    return { title, step: null, problems }
  }
  const { action, ...params } = pairs.values
  if (action === undefined) {
    const message =
      `The step block {${block[1] ?? ''}} names no action. ` +
      `Start it with action=NAME, e.g. ${EXAMPLE}.`
    problems.push({ code: 'step.syntax', message })
    return { title, step: null, problems }
  }
  if (!isActionName(action)) {
    const guess = nearestName(action, ACTION_NAMES)
    const hint = guess ? ` Did you mean "${guess}"?` : ''
    const known = ACTION_NAMES.join(', ')
    const message = `Unknown action "${action}".${hint} The actions are ${known}.`
    problems.push({ code: 'step.unknown-action', message })
    return { title, step: null, problems }
  }
  for (const message of checkStepParams(action, params)) {
    problems.push({ code: 'step.bad-param', message })
  }
  return { title, step: problems.length === 0 ? { action, params } : null, problems }
}

function readPairs(
  text: string,
): { readonly values: Record<string, string> } | { readonly error: string } {
  // One `key=value` or `key="value with spaces"` pair, read from where the last stopped.
  const pair = /\s*([A-Za-z][A-Za-z0-9_-]*)=(?:"([^"]*)"|([^\s"{}]+))/y
  const values = new Map<string, string>()
  while (text.slice(pair.lastIndex).trim() !== '') {
    const from = pair.lastIndex
    const match = pair.exec(text)
    if (!match) {
      const rest = text.slice(from).trim()
      return {
        error:
          `Cannot read "${rest}" in the step block. Write key=value pairs separated by ` +
          'spaces, and put a value that has spaces in double quotes: key="two words".',
      }
    }
    const [, key = '', quoted, plain] = match
    if (values.has(key)) {
      return { error: `The step block gives "${key}" twice. Keep one.` }
    }
    values.set(key, quoted ?? plain ?? '')
  }
  return { values: Object.fromEntries(values) }
}
