import {
  getLocalStorageItem,
  removeLocalStorageItem,
  setLocalStorageItem,
} from '../../browser/local-storage'
import type { World } from '../world'

/** The localStorage key under which the page's script keeps its access token. */
export const TOKEN_KEY = 'access_token'

/** The token the page's script holds, or null. */
export function storedToken(world: World): string | null {
  return getLocalStorageItem(world.browser, TOKEN_KEY)
}

/** The world with the page's stored token replaced (or removed, for null). */
export function withStoredToken(world: World, token: string | null): World {
  const browser =
    token === null
      ? removeLocalStorageItem(world.browser, TOKEN_KEY)
      : setLocalStorageItem(world.browser, TOKEN_KEY, token)
  return { ...world, browser }
}
