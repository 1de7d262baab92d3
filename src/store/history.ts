import type { World } from '../world/world'

/** One world the learner can return to with Back, and how it was reached. */
export interface Snapshot {
  readonly world: World
  /** What produced this world, e.g. "Start", "Step 2: Log in", "Free play: Log out". */
  readonly label: string
  /** Said to the learner when the action did something other than send a request. */
  readonly remark: string | null
  /** How many of the lesson's sections the learner had passed when this world was reached. */
  readonly stepsDone: number
  /** The index of the lesson section whose Next produced this world; null for the start and free play. */
  readonly section: number | null
}

/**
 * Every world so far, oldest first, and which one the learner is looking at.
 * Snapshots after the cursor are the redo tail: worlds the learner went Back from.
 */
export interface History {
  readonly snapshots: readonly Snapshot[]
  readonly cursor: number
}

/** A history holding one fresh world. */
export function startHistory(world: World, label: string): History {
  return {
    snapshots: [{ world, label, remark: null, stepsDone: 0, section: null }],
    cursor: 0,
  }
}

/** The snapshot under the cursor. */
export function currentSnapshot(history: History): Snapshot {
  const snapshot = history.snapshots[history.cursor]
  if (snapshot === undefined) {
    throw new TypeError(
      `History cursor ${history.cursor} is outside its ${history.snapshots.length} snapshots; build histories with startHistory and pushSnapshot.`,
    )
  }
  return snapshot
}

/**
 * Adds a world after the cursor and drops the redo tail, as an editor does: once the
 * learner goes back and does something new, the old future no longer follows from here.
 */
export function pushSnapshot(history: History, snapshot: Snapshot): History {
  const kept = history.snapshots.slice(0, history.cursor + 1)
  return { snapshots: [...kept, snapshot], cursor: kept.length }
}

/** Moves the cursor one world back; the earlier world is restored as it was. */
export function stepBack(history: History): History {
  return history.cursor === 0 ? history : { ...history, cursor: history.cursor - 1 }
}

/** Whether there is an earlier world to go back to. */
export function canStepBack(history: History): boolean {
  return history.cursor > 0
}

/**
 * The recorded world that lesson section `section` led to from here, when the learner
 * went Back from it; null when that step has not been taken from this world.
 */
export function recordedStep(history: History, section: number): Snapshot | null {
  const next = history.snapshots[history.cursor + 1]
  return next?.section === section ? next : null
}

/** Moves the cursor one world forward into the redo tail; the world is the one recorded. */
export function stepForward(history: History): History {
  return history.cursor + 1 < history.snapshots.length
    ? { ...history, cursor: history.cursor + 1 }
    : history
}
