import type { ServerStep, ServerStepCode } from './server-step'

/** A step that went as it should. */
export function passed(
  code: ServerStepCode,
  message: string,
  data?: Readonly<Record<string, string>>,
): ServerStep {
  return data === undefined
    ? { code, ok: true, message }
    : { code, ok: true, message, data }
}

/** A check that failed; the request ends with it. */
export function failed(
  code: ServerStepCode,
  message: string,
  data?: Readonly<Record<string, string>>,
): ServerStep {
  return data === undefined
    ? { code, ok: false, message }
    : { code, ok: false, message, data }
}
