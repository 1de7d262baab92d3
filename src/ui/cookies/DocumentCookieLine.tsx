import type { BrowserState } from '../../browser/browser-state'
import { readDocumentCookie } from '../../browser/document-cookie'

interface DocumentCookieLineProps {
  readonly browser: BrowserState
  readonly now: number
}

/** What the page's own script gets from `document.cookie`: never an HttpOnly cookie. */
export function DocumentCookieLine({ browser, now }: DocumentCookieLineProps) {
  const visible = readDocumentCookie(browser, now)
  return (
    <div className="document-cookie">
      <h3>What page script sees</h3>
      <p>
        <code>document.cookie</code> returns{' '}
        <code className="mono" data-testid="document-cookie">
          {JSON.stringify(visible)}
        </code>
        {visible === '' && browser.cookies.some((cookie) => cookie.httpOnly)
          ? ': empty. HttpOnly cookies are left out, so a script injected into the page cannot read them.'
          : '.'}
      </p>
    </div>
  )
}
