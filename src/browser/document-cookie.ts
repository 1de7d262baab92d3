import type { BrowserState } from './browser-state'
import type { CookieOutcome } from './cookie-outcome'
import { cookiesForRequest } from './cookie-retrieval'
import { storeSetCookie } from './cookie-store'

/**
 * What the page's script sees and does through `document.cookie`: the jar through
 * the non-HTTP API of RFC 6265bis section 5.8.2, where HttpOnly cookies do not exist.
 */

/** The string `document.cookie` returns on the page: every cookie script may see. */
export function readDocumentCookie(browser: BrowserState, now: number): string {
  const { header } = cookiesForRequest(browser.cookies, browser.pageUrl, {
    now,
    fromHttp: false,
    siteContext: 'same-site',
    method: 'GET',
    topLevelNavigation: false,
  })
  return header ?? ''
}

/**
 * Runs `document.cookie = cookieString` on the page. A write that names HttpOnly,
 * or touches a stored HttpOnly cookie, is ignored entirely: the jar stays as it was.
 */
export function writeDocumentCookie(
  browser: BrowserState,
  cookieString: string,
  now: number,
): { browser: BrowserState; outcome: CookieOutcome } {
  const script = { now, fromHttp: false }
  const { cookies, outcome } = storeSetCookie(
    browser.cookies,
    cookieString,
    browser.pageUrl,
    script,
  )
  return {
    browser: cookies === browser.cookies ? browser : { ...browser, cookies },
    outcome,
  }
}
