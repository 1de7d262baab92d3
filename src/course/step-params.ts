import type { ActionName, ActionParams } from '../world/action-names.ts'
import { nearestName } from './nearest-name.ts'

/** What one action parameter accepts, told the way an author needs to hear it. */
export interface StepParamRule {
  readonly pattern: RegExp
  /** Completes "must be ...". */
  readonly expects: string
  readonly example: string
  /** Parameters are required unless marked optional. */
  readonly optional?: true
}

const TEXT = /^.+$/
const CLAIM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const WHOLE_MINUTES = /^[1-9][0-9]*$/
const HTTP_METHOD = /^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS)$/
const PATH = /^\/\S*$/

/**
 * The parameters each action takes in a lesson heading. A parameter is required
 * unless marked optional, so a step runs the way the lesson's prose describes.
 */
export const STEP_PARAMS: {
  readonly [Name in ActionName]: Readonly<Record<string, StepParamRule>>
} = {
  login: {
    username: { pattern: TEXT, expects: 'a user name', example: 'alice' },
    password: { pattern: TEXT, expects: 'a password', example: 'securepassword123' },
  },
  'get-profile': {},
  logout: {},
  'save-token-copy': {},
  'replay-saved-token': {},
  'tamper-token': {
    claim: {
      pattern: CLAIM_NAME,
      expects: 'a claim name such as role or sub',
      example: 'role',
    },
    value: { pattern: TEXT, expects: 'the new claim value', example: 'superuser' },
  },
  'advance-clock': {
    minutes: {
      pattern: WHOLE_MINUTES,
      expects: 'a whole number of minutes greater than 0',
      example: '31',
    },
  },
  'send-request': {
    method: {
      pattern: HTTP_METHOD,
      expects: 'an HTTP method in capitals',
      example: 'GET',
    },
    path: { pattern: PATH, expects: 'a path starting with /', example: '/admin' },
    body: { pattern: TEXT, expects: 'the request body', example: '"{}"', optional: true },
  },
}

/** Every way `params` does not fit `action`, as messages for the lesson author. */
export function checkStepParams(action: ActionName, params: ActionParams): string[] {
  const rules = STEP_PARAMS[action]
  const names = Object.keys(rules)
  const messages: string[] = []
  for (const [name, value] of Object.entries(params)) {
    const rule = rules[name]
    if (rule === undefined) {
      messages.push(unknownParam(action, name, value, names))
    } else if (!rule.pattern.test(value)) {
      messages.push(
        `Parameter ${name}=${quote(value)} of action "${action}" ` +
          `must be ${rule.expects}, e.g. ${name}=${rule.example}.`,
      )
    }
  }
  for (const [name, rule] of Object.entries(rules)) {
    if (params[name] !== undefined || rule.optional) continue
    messages.push(
      `Action "${action}" needs the parameter ${name}: ${rule.expects}, ` +
        `e.g. ${name}=${rule.example}.`,
    )
  }
  return messages
}

function unknownParam(
  action: ActionName,
  name: string,
  value: string,
  names: readonly string[],
): string {
  if (names.length === 0) {
    return `Action "${action}" takes no parameters. Remove ${name}=${quote(value)}.`
  }
  const guess = nearestName(name, names)
  const hint = guess ? ` Did you mean "${guess}"?` : ''
  const takes = `It takes ${listOf(names)}.`
  return `Action "${action}" has no parameter "${name}".${hint} ${takes}`
}

function quote(value: string): string {
  return /^[^\s"]+$/.test(value) ? value : `"${value}"`
}

function listOf(names: readonly string[]): string {
  if (names.length === 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
}
