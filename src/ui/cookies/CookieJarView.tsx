import type { BrowserState, StoredCookie } from '../../browser/browser-state'
import { cookieIdentity } from '../../browser/cookie-store'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { formatInstant, formatRelative } from '../../time/format-time'
import { BeforeAfterSwitch } from '../shared/BeforeAfterSwitch'
import { ChangeTag } from '../shared/ChangeTag'
import type { RowMark } from '../shared/ChangeTag'
import { TableScroll } from '../shared/TableScroll'
import { useRecordedSide } from '../shared/use-recorded-side'
import type { RecordedSide } from '../shared/use-recorded-side'
import { diffCookies } from './cookie-changes'
import type { CookieDiff } from './cookie-changes'
import { CookieOutcomes } from './CookieOutcomes'
import { DocumentCookieLine } from './DocumentCookieLine'

/**
 * The modelled browser's cookie jar as the selected exchange recorded it, just
 * before or just after, with what the exchange did marked; the current jar when
 * nothing has been sent.
 */
export function CookieJarView() {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  const [side, setSide] = useRecordedSide(exchange?.id ?? null)
  if (world === null) return <p className="empty">Preparing the browser…</p>
  if (exchange === null) {
    return (
      <div className="cookie-jar">
        <Jar browser={world.browser} now={world.now} markOf={() => null} />
        <DocumentCookieLine browser={world.browser} now={world.now} />
      </div>
    )
  }
  const diff = diffCookies(exchange.browserBefore.cookies, exchange.browserAfter.cookies)
  const browser = side === 'before' ? exchange.browserBefore : exchange.browserAfter
  const now = exchange.sentAt
  // The cookies the table on screen cannot show: gone after, or not there yet before.
  const aside =
    side === 'after'
      ? diff.removed
      : exchange.browserAfter.cookies.filter((cookie) =>
          diff.added.has(cookieIdentity(cookie)),
        )
  return (
    <div className="cookie-jar">
      <BeforeAfterSwitch
        subject="the cookie jar"
        exchange={exchange}
        side={side}
        onChange={setSide}
      />
      <Jar
        browser={browser}
        now={now}
        markOf={(cookie) => markOf(diff, cookie, side, exchange.id)}
      />
      {aside.length === 0 ? null : (
        <p className="cookie-removed">
          {side === 'after' ? 'Removed' : 'Not in the jar yet; added'} by exchange #
          {exchange.id}: {aside.map((cookie) => cookie.name).join(', ')}
        </p>
      )}
      <CookieOutcomes exchangeId={exchange.id} outcomes={exchange.cookieOutcomes} />
      <DocumentCookieLine browser={browser} now={now} />
    </div>
  )
}

function markOf(
  diff: CookieDiff,
  cookie: StoredCookie,
  side: RecordedSide,
  exchangeId: number,
): RowMark | null {
  const key = cookieIdentity(cookie)
  const mark = (change: RowMark['change']): RowMark => ({ change, exchangeId })
  if (diff.changed.has(key)) return mark('changed')
  if (side === 'after') return diff.added.has(key) ? mark('added') : null
  const removed = diff.removed.some((gone) => cookieIdentity(gone) === key)
  return removed ? mark('removed') : null
}

interface JarProps {
  readonly browser: BrowserState
  /** The moment the jar is shown at, for relative expiry times. */
  readonly now: number
  readonly markOf: (cookie: StoredCookie) => RowMark | null
}

// The labels of the cells double as the headings of the stacked cards a narrow
// panel shows, so every attribute stays in view without scrolling sideways.
function Jar({ browser, now, markOf }: JarProps) {
  if (browser.cookies.length === 0) {
    return (
      <p className="empty">
        The jar is empty: this browser holds no cookies for any site.
      </p>
    )
  }
  return (
    <TableScroll label="Cookies in the browser’s jar">
      <table className="stacking-table">
        <caption>Cookies in the browser’s jar</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Domain</th>
            <th scope="col">Path</th>
            <th scope="col">Expires</th>
            <th scope="col">HttpOnly</th>
            <th scope="col">Secure</th>
            <th scope="col">SameSite</th>
          </tr>
        </thead>
        <tbody>
          {browser.cookies.map((cookie) => (
            <CookieRow
              key={cookieIdentity(cookie)}
              cookie={cookie}
              now={now}
              mark={markOf(cookie)}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

interface CookieRowProps {
  readonly cookie: StoredCookie
  readonly now: number
  readonly mark: RowMark | null
}

function CookieRow({ cookie, now, mark }: CookieRowProps) {
  const expired = cookie.expiresAt !== null && cookie.expiresAt <= now
  return (
    <tr className={mark === null ? undefined : `row-${mark.change}`}>
      <th scope="row">
        {cookie.name}
        {mark === null ? null : <ChangeTag mark={mark} />}
      </th>
      <td data-label="Value" className="mono breakable">
        {cookie.value}
      </td>
      <td data-label="Domain">
        {cookie.domain}
        {cookie.hostOnly ? <span className="tag">host-only</span> : null}
      </td>
      <td data-label="Path" className="mono">
        {cookie.path}
      </td>
      <td data-label="Expires">
        {cookie.expiresAt === null ? (
          'session'
        ) : (
          <>
            {formatInstant(cookie.expiresAt)}{' '}
            <span className="muted">({formatRelative(cookie.expiresAt, now)})</span>
            {expired ? <span className="tag tag-warning">expired</span> : null}
          </>
        )}
      </td>
      <td data-label="HttpOnly">
        {cookie.httpOnly ? (
          <span className="tag tag-strong">HttpOnly: hidden from script</span>
        ) : (
          'no'
        )}
      </td>
      <td data-label="Secure">{cookie.secure ? 'yes' : 'no'}</td>
      <td data-label="SameSite">
        {cookie.sameSite === 'Default' ? 'Lax (default)' : cookie.sameSite}
      </td>
    </tr>
  )
}
