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

/** A long random id shortened for a sentence, e.g. "Xy3f9a…"; the data keeps it whole. */
export function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 6)}…` : id
}
