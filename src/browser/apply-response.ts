import { headerValues, type HttpResponse } from '../http/message'
import type { BrowserState } from './browser-state'
import type { CookieOutcome } from './cookie-outcome'
import { evictExpired, storeSetCookie } from './cookie-store'

/**
 * Applies every `Set-Cookie` field of a response to the jar, in the order they
 * arrived, one outcome per field. Each field is taken whole: joining them with ","
 * and splitting again would break values with commas and every Expires date.
 */
export function applyResponse(
  browser: BrowserState,
  requestUrl: string,
  response: HttpResponse,
  now: number,
): { browser: BrowserState; outcomes: CookieOutcome[] } {
  // Expired cookies leave the jar even when no field arrives, as RFC 6265bis section 5.7 asks.
  let cookies = evictExpired(browser.cookies, now)
  const outcomes: CookieOutcome[] = []
  for (const setCookie of headerValues(response.headers, 'Set-Cookie')) {
    const stored = storeSetCookie(cookies, setCookie, requestUrl, { now, fromHttp: true })
    cookies = stored.cookies
    outcomes.push(stored.outcome)
  }
  return {
    browser: cookies === browser.cookies ? browser : { ...browser, cookies },
    outcomes,
  }
}
