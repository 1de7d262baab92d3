import { useSyncExternalStore } from 'react'
import { useWorkbench } from '../../../store/workbench-context'
import type { ClockMode } from '../../../store/workbench-fields'
import { readClockTime } from './clock-time'

/** The time the workbench checks tokens against, and where it comes from. */
export interface WorkbenchClock {
  readonly mode: ClockMode
  /** Milliseconds since 1970; null when the fixed time typed cannot be read. */
  readonly now: number | null
  /** Why the fixed time cannot be read, and how to write it. */
  readonly error: string | null
}

const SECOND = 1000

function ticking(onTick: () => void): () => void {
  const timer = setInterval(onTick, SECOND)
  return () => clearInterval(timer)
}

const still = () => () => {}

// Whole seconds, so the snapshot stays the same between ticks and nothing re-renders.
const wholeSecond = () => Math.floor(Date.now() / SECOND) * SECOND

/**
 * The workbench clock: this computer's, ticking every second so "expires in"
 * counts down and a verdict flips the moment a token expires, or a time the
 * learner fixed to try exp, nbf and leeway at the edges.
 */
export function useWorkbenchClock(): WorkbenchClock {
  const mode = useWorkbench((state) => state.clockMode)
  const fixedTime = useWorkbench((state) => state.fixedTime)
  const live = useSyncExternalStore(
    mode === 'live' ? ticking : still,
    wholeSecond,
    wholeSecond,
  )
  if (mode === 'live') return { mode, now: live, error: null }
  const reading = readClockTime(fixedTime)
  return reading.ok
    ? { mode, now: reading.milliseconds, error: null }
    : { mode, now: null, error: reading.message }
}
