import type { BrowserState } from './browser-state'

/**
 * The page's localStorage, as the pure operations script can perform on it: each
 * returns a new browser state and leaves the one it was given untouched.
 */

/** The value stored under `key`, or null, as `localStorage.getItem` answers. */
export function getLocalStorageItem(browser: BrowserState, key: string): string | null {
  return Object.hasOwn(browser.localStorage, key)
    ? (browser.localStorage[key] ?? null)
    : null
}

/** The browser with `key` set to `value`, as `localStorage.setItem` leaves it. */
export function setLocalStorageItem(
  browser: BrowserState,
  key: string,
  value: string,
): BrowserState {
  return { ...browser, localStorage: { ...browser.localStorage, [key]: value } }
}

/** The browser without `key`, as `localStorage.removeItem` leaves it. */
export function removeLocalStorageItem(browser: BrowserState, key: string): BrowserState {
  if (!Object.hasOwn(browser.localStorage, key)) return browser
  const localStorage = { ...browser.localStorage }
  delete localStorage[key]
  return { ...browser, localStorage }
}
