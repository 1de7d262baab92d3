import type { BrowserState } from '../browser/browser-state'
import type { AuthMode, ServerState } from '../server/server-state'
import type { Exchange } from '../trace/exchange'

/**
 * Everything a step can change, as one serializable value: the virtual clock, the
 * server, the browser and the trace. Back restores an earlier World exactly.
 */
export interface World {
  /** Virtual-clock milliseconds since the epoch. */
  readonly now: number
  /** How the page's script authenticates: a cookie it never touches, or a bearer token it keeps. */
  readonly clientMode: AuthMode
  readonly server: ServerState
  readonly browser: BrowserState
  readonly trace: readonly Exchange[]
  /**
   * A copy of a token an attacker (or the learner) saved before logout, kept
   * outside the browser's storage to show that logging out does not revoke it.
   */
  readonly savedTokenCopy: string | null
}
