import type { ActionName, ActionParams } from './action-names'
import type { SendToServer } from './send-to-server'
import type { World } from './world'

/** What running one action produced: the next world and, optionally, a remark. */
export interface ActionResult {
  readonly world: World
  /** Said to the learner when the action did something other than send a request. */
  readonly remark: string | null
}

/** Runs a named action against a world; the contract the store and lessons rely on. */
export type RunAction = (
  world: World,
  name: ActionName,
  params: ActionParams,
  send: SendToServer,
) => Promise<ActionResult>
