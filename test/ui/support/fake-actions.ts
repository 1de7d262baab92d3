import { vi } from 'vitest'
import type { ActionName } from '../../../src/world/action-names'
import type { RunAction } from '../../../src/world/run-action'
import type { SendToServer } from '../../../src/world/send-to-server'
import type { World } from '../../../src/world/world'

/**
 * A runAction that answers each action with a prepared world, as if the server
 * had replied. Actions without a prepared world fail, so a test never passes by
 * accident.
 */
export function scriptedRunAction(worlds: Partial<Record<ActionName, World>>) {
  return vi.fn<RunAction>(async (_world, name) => {
    const world = worlds[name]
    if (world === undefined)
      throw new TypeError(`The test prepared no world for "${name}".`)
    return { world, remark: null }
  })
}

/** A runAction whose promise stays pending until the test settles it. */
export function pendingRunAction() {
  let settle: {
    resolve: (world: World) => void
    reject: (error: unknown) => void
  } | null = null
  const runAction = vi.fn<RunAction>(
    () =>
      new Promise((resolve, reject) => {
        settle = {
          resolve: (world) => resolve({ world, remark: null }),
          reject,
        }
      }),
  )
  return {
    runAction,
    resolve: (world: World) => settle?.resolve(world),
    reject: (error: unknown) => settle?.reject(error),
  }
}

/** Tests drive actions through a fake runAction, so nothing may ever be sent. */
export const refuseToSend: SendToServer = () =>
  Promise.reject(new TypeError('UI tests send nothing: pass a fake runAction instead.'))
