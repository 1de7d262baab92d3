import { createBrowserState } from '../browser/create-browser'
import { createServerState } from '../server/create-server-state'
import type { AuthMode } from '../server/server-state'
import type { World } from './world'

/** The page every flow starts on: the monolith's own site. */
export const SITE_URL = 'https://example.com/'

/** A fresh world: a new server with its users, an empty browser on the site, no trace. */
export async function createWorld(mode: AuthMode, now: number): Promise<World> {
  return {
    now,
    clientMode: mode,
    server: await createServerState({ authMode: mode, now }),
    browser: createBrowserState(SITE_URL),
    trace: [],
    savedTokenCopy: null,
  }
}
