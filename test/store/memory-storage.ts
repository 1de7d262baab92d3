import type { ProgressStorage } from '../../src/store/saved-progress'

/** A localStorage stand-in the test can read, fill and make refuse writes. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial))
  let refusal: Error | null = null
  const storage: ProgressStorage = {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => {
      if (refusal !== null) throw refusal
      items.set(name, value)
    },
    removeItem: (name) => void items.delete(name),
  }
  return {
    storage,
    items,
    /** Makes every later write throw `error`, as a full localStorage does. */
    refuseWrites: (error: Error) => void (refusal = error),
  }
}
