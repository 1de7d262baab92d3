import type { World } from '../world'

/** The localStorage key under which the page's script keeps its access token. */
export const TOKEN_KEY = 'access_token'

/** The token the page's script holds, or null. */
export function storedToken(world: World): string | null {
  return world.browser.localStorage[TOKEN_KEY] ?? null
}

/** The world with the page's stored token replaced (or removed, for null). */
export function withStoredToken(world: World, token: string | null): World {
  const { [TOKEN_KEY]: _previous, ...rest } = world.browser.localStorage
  const localStorage = token === null ? rest : { ...rest, [TOKEN_KEY]: token }
  return { ...world, browser: { ...world.browser, localStorage } }
}
