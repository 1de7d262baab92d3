import { persist } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import type { StoreApi } from 'zustand/vanilla'
import type { ProgressStorage } from './saved-progress'
import { INITIAL_WORKBENCH } from './workbench-fields'
import type { WorkbenchFields } from './workbench-fields'
import {
  savedFields,
  WORKBENCH_KEY,
  WORKBENCH_VERSION,
  workbenchStorage,
} from './workbench-saved'

/** The workbench's fields and the two ways to change them. */
export interface WorkbenchState extends WorkbenchFields {
  /** Sets some fields, as typed; nothing else changes, the token text least of all. */
  readonly update: (patch: Partial<WorkbenchFields>) => void
  /** Empties every field, the saved copy included. */
  readonly clear: () => void
}

/** The workbench's own store, apart from the lessons' so neither can disturb the other. */
export type WorkbenchStore = StoreApi<WorkbenchState>

/** What the store keeps its fields in. */
export interface WorkbenchDeps {
  /** localStorage in the page; none by default, so nothing survives. */
  readonly storage?: ProgressStorage | null
  /** Fields to start from instead of the empty form, e.g. a test's fixed clock; saved ones win. */
  readonly initial?: Partial<WorkbenchFields>
}

/**
 * Creates the workbench store, restoring saved fields from `deps.storage`. A
 * secret or private key is never written to storage (see savedFields).
 */
export function createWorkbenchStore(deps: WorkbenchDeps = {}): WorkbenchStore {
  const start: WorkbenchFields = { ...INITIAL_WORKBENCH, ...deps.initial }
  return createStore<WorkbenchState>()(
    persist(
      (set) => ({
        ...start,
        update: (patch) => set(patch),
        clear: () => set(INITIAL_WORKBENCH),
      }),
      {
        name: WORKBENCH_KEY,
        version: WORKBENCH_VERSION,
        storage: workbenchStorage(deps.storage ?? null),
        partialize: ({ update: _update, clear: _clear, ...fields }) =>
          savedFields(fields),
        merge: (saved, current) =>
          saved === undefined ? current : { ...current, ...(saved as WorkbenchFields) },
      },
    ),
  )
}
