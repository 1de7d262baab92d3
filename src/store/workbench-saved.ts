import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { log } from '../log/log'
import type { ProgressStorage } from './saved-progress'
import { arrayOf, isString, shaped } from './saved-shape'
import type { ClockMode, WorkbenchFields } from './workbench-fields'
import { isPublicKeyText } from './workbench-public-key'

/** The localStorage key of the workbench's fields; the suffix names the format. */
export const WORKBENCH_KEY = 'bouncer:workbench:v1'

/** The format version stored next to the fields. */
export const WORKBENCH_VERSION = 1

const isSavedFields = shaped<WorkbenchFields>({
  tokenText: isString,
  keyText: isString,
  secretEncoding: (value) => value === 'utf8' || value === 'base64',
  keepSecretWhitespace: (value) => typeof value === 'boolean',
  algorithms: (value) => value === null || arrayOf(isString)(value),
  leeway: isString,
  issuer: isString,
  audience: isString,
  clockMode: (value): value is ClockMode => value === 'live' || value === 'fixed',
  fixedTime: isString,
})

/**
 * What of the fields may be written down: everything but a secret or private
 * key, which may be a real one and is gone after a reload, as a password field's
 * would be. A public key is kept, since it is public. A hand-picked algorithm
 * list is not kept either: it was picked for a key that may not come back, and
 * against another key it gives false failures.
 */
export function savedFields(fields: WorkbenchFields): WorkbenchFields {
  const kept = { ...fields, algorithms: null }
  return isPublicKeyText(fields.keyText) ? kept : { ...kept, keyText: '' }
}

/**
 * A zustand PersistStorage over `backing` (localStorage in the page, nothing in
 * most tests). Fields that cannot be read back are dropped with a warning, and a
 * failed write is only logged: the workbench works the same without storage.
 */
export function workbenchStorage(
  backing: ProgressStorage | null,
): PersistStorage<WorkbenchFields> {
  return {
    getItem(name) {
      try {
        const text = backing?.getItem(name) ?? null
        return text === null ? null : readSaved(text)
      } catch (error) {
        log.warn('The workbench fields could not be read back; starting empty.', error)
        return null
      }
    },
    setItem(name, value) {
      try {
        backing?.setItem(name, JSON.stringify(value))
      } catch (error) {
        log.warn(
          'The workbench fields could not be saved; they last until reload.',
          error,
        )
      }
    },
    removeItem(name) {
      try {
        backing?.removeItem(name)
      } catch (error) {
        log.warn('The saved workbench fields could not be removed.', error)
      }
    },
  }
}

function readSaved(text: string): StorageValue<WorkbenchFields> | null {
  const stored: unknown = JSON.parse(text)
  const state = (stored as { state?: unknown } | null)?.state
  const version = (stored as { version?: unknown } | null)?.version
  if (version !== WORKBENCH_VERSION || !isSavedFields(state)) {
    log.warn(
      `The saved workbench fields are not in format ${WORKBENCH_VERSION}; starting empty.`,
    )
    return null
  }
  // Whatever wrote them, a secret read back is dropped, never shown.
  return { version: WORKBENCH_VERSION, state: savedFields(state) }
}
