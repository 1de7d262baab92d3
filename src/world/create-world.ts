import { BouncerError } from '../errors/bouncer-error'
import { createBrowserState } from '../browser/create-browser'
import { createServerState } from '../server/create-server-state'
import type { AuthMode } from '../server/server-state'
import type { World } from './world'

/** The page every flow starts on: the monolith's own site. */
export const SITE_URL = 'https://example.com/'

/** A fresh world: a new server with its users, an empty browser on the site, no trace. */
export async function createWorld(mode: AuthMode, now: number): Promise<World> {
  if (globalThis.crypto?.subtle === undefined) {
    throw new BouncerError(
      'world.no-web-crypto',
      'The mock server cannot start in this window: it hashes passwords and signs tokens ' +
        'with the Web Crypto API, which browsers offer only to secure pages. Open Bouncer ' +
        'over https, or on localhost.',
    )
  }
  // Tokens count whole seconds; a clock that starts mid-second would show a fresh
  // 15-minute token as "expires in 14 min".
  const start = Math.floor(now / 1000) * 1000
  return {
    now: start,
    clientMode: mode,
    server: await createServerState({ authMode: mode, now: start }),
    browser: createBrowserState(SITE_URL),
    trace: [],
    savedTokenCopy: null,
  }
}
