import type { BrowserState, StoredCookie } from '../../browser/browser-state'
import { cookieIdentity } from '../../browser/cookie-store'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { formatInstant, formatRelative } from '../../time/format-time'
import { BeforeAfterSwitch } from '../shared/BeforeAfterSwitch'
import { useRecordedSide } from '../shared/use-recorded-side'
import { diffCookies } from './cookie-changes'
import type { CookieDiff } from './cookie-changes'
import { CookieOutcomes } from './CookieOutcomes'
import { DocumentCookieLine } from './DocumentCookieLine'

/** How a row relates to the selected exchange. */
type Change = 'added' | 'changed' | 'removed' | null

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
        <Jar browser={world.browser} now={world.now} changeOf={() => null} />
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
        changeOf={(cookie) => changeOf(diff, cookie, side)}
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

function changeOf(
  diff: CookieDiff,
  cookie: StoredCookie,
  side: 'before' | 'after',
): Change {
  const key = cookieIdentity(cookie)
  if (diff.changed.has(key)) return 'changed'
  if (side === 'after') return diff.added.has(key) ? 'added' : null
  return diff.removed.some((gone) => cookieIdentity(gone) === key) ? 'removed' : null
}

interface JarProps {
  readonly browser: BrowserState
  /** The moment the jar is shown at, for relative expiry times. */
  readonly now: number
  readonly changeOf: (cookie: StoredCookie) => Change
}

function Jar({ browser, now, changeOf }: JarProps) {
  if (browser.cookies.length === 0) {
    return (
      <p className="empty">
        The jar is empty: this browser holds no cookies for any site.
      </p>
    )
  }
  return (
    <div className="table-scroll">
      <table>
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
              change={changeOf(cookie)}
            />
          ))}
        </tbody>
      </table>
    </div>
  )
}

interface CookieRowProps {
  readonly cookie: StoredCookie
  readonly now: number
  readonly change: Change
}

function CookieRow({ cookie, now, change }: CookieRowProps) {
  const expired = cookie.expiresAt !== null && cookie.expiresAt <= now
  return (
    <tr className={change === null ? undefined : `row-${change}`}>
      <th scope="row">
        {cookie.name}
        {change === null ? null : <span className="tag tag-change">{change}</span>}
      </th>
      <td className="mono breakable">{cookie.value}</td>
      <td>
        {cookie.domain}
        {cookie.hostOnly ? <span className="tag">host-only</span> : null}
      </td>
      <td className="mono">{cookie.path}</td>
      <td>
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
      <td>
        {cookie.httpOnly ? (
          <span className="tag tag-strong">HttpOnly: hidden from script</span>
        ) : (
          'no'
        )}
      </td>
      <td>{cookie.secure ? 'yes' : 'no'}</td>
      <td>{cookie.sameSite === 'Default' ? 'Lax (default)' : cookie.sameSite}</td>
    </tr>
  )
}
