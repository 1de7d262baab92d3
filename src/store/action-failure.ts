import { BouncerError } from '../errors/bouncer-error'

/** A step that could not finish, described for the learner; the world stays as it was. */
export interface ActionFailure {
  /** What the learner asked for, e.g. "Step 2: Log in". */
  readonly label: string
  /** The BouncerError code, or 'unexpected' for anything else. */
  readonly code: string
  readonly message: string
}

/** Turns whatever an action rejected with into words the learner can act on. */
export function describeFailure(label: string, error: unknown): ActionFailure {
  if (error instanceof BouncerError) {
    return { label, code: error.code, message: error.message }
  }
  const what =
    error instanceof Error
      ? `${error.name}: ${sentence(error.message)}`
      : sentence(String(error))
  return {
    label,
    code: 'unexpected',
    message: `${what} The world was left as it was; try Reset if this repeats.`,
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
