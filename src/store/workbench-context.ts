import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { WorkbenchState, WorkbenchStore } from './workbench-store'

/** Carries the workbench's store to its panels; App provides it, tests their own. */
export const WorkbenchContext = createContext<WorkbenchStore | null>(null)

/** The store itself, for event handlers that call its actions. */
export function useWorkbenchStore(): WorkbenchStore {
  const store = useContext(WorkbenchContext)
  if (store === null) {
    throw new TypeError(
      'A workbench panel was rendered outside <WorkbenchContext value={store}>; wrap it in App or in the test helper.',
    )
  }
  return store
}

/** Reads one slice of the workbench store and re-renders when that slice changes. */
export function useWorkbench<T>(selector: (state: WorkbenchState) => T): T {
  return useStore(useWorkbenchStore(), selector)
}
