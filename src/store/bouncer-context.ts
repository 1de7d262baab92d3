import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { BouncerState, BouncerStore } from './bouncer-store'

/** Carries the app's store to every panel; App provides it, tests may provide their own. */
export const BouncerContext = createContext<BouncerStore | null>(null)

/** The store itself, for event handlers that call its actions. */
export function useBouncerStore(): BouncerStore {
  const store = useContext(BouncerContext)
  if (store === null) {
    throw new TypeError(
      'A Bouncer panel was rendered outside <BouncerContext value={store}>; wrap it in App or in the test helper.',
    )
  }
  return store
}

/** Reads one slice of the store and re-renders when that slice changes. */
export function useBouncer<T>(selector: (state: BouncerState) => T): T {
  return useStore(useBouncerStore(), selector)
}
