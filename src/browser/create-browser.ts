import type { BrowserState } from './browser-state'
import { parseAbsoluteUrl } from './site'

/** A fresh tab on `pageUrl`: an empty cookie jar and empty localStorage. */
export function createBrowserState(pageUrl: string): BrowserState {
  // Normalised through URL, so "https://Example.com" and "https://example.com/" are one page.
  const page = parseAbsoluteUrl(pageUrl, 'createBrowserState')
  return { pageUrl: page.href, cookies: [], localStorage: {} }
}
