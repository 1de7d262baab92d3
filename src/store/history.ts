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
}

/** Every world so far, oldest first, and which one the learner is looking at. */
export interface History {
  readonly snapshots: readonly Snapshot[]
  readonly cursor: number
}

/** A history holding one fresh world. */
export function startHistory(world: World, label: string): History {
  return { snapshots: [{ world, label, remark: null, stepsDone: 0 }], cursor: 0 }
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
 * Adds a world after the cursor. Snapshots after the cursor are dropped: once the
 * learner goes back and acts again, the old future no longer follows from here.
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
