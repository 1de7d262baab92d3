import { BouncerError } from '../errors/bouncer-error'

/** A step that could not finish, described for the learner; the world stays as it was. */
export interface ActionFailure {
  /** What the learner asked for, e.g. "Step 2: Log in". */
  readonly label: string
  /** The BouncerError code, or 'unexpected' for anything else. */
  readonly code: string
  /** What failed and what to do, in plain words: a BouncerError's own message. */
  readonly message: string
  /** The error's name and message when Bouncer did not plan for it; null for a BouncerError. */
  readonly detail: string | null
}

/** Turns whatever an action rejected with into words the learner can act on. */
export function describeFailure(label: string, error: unknown): ActionFailure {
  if (error instanceof BouncerError) {
    return { label, code: error.code, message: error.message, detail: null }
  }
  // A TypeError's own words ("Cannot read properties of undefined") speak to a
  // developer, so they are kept as detail rather than said to the learner.
  const detail =
    error instanceof Error
      ? `${error.name}: ${sentence(error.message)}`
      : sentence(String(error))
  return {
    label,
    code: 'unexpected',
    message:
      'Bouncer ran into an error it did not plan for. Try again; if it repeats, Reset the lesson or reload the page.',
    detail,
  }
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}
