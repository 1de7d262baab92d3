import type { StoredCookie } from '../../browser/browser-state'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { formatRelative, formatUtc } from '../shared/format-time'
import { cookieKey, diffCookies } from './cookie-changes'
import type { CookieDiff } from './cookie-changes'
import { CookieOutcomes } from './CookieOutcomes'
import { DocumentCookieLine } from './DocumentCookieLine'

const NO_CHANGES: CookieDiff = { added: new Set(), changed: new Set(), removed: [] }

/** The modelled browser's cookie jar, what the selected exchange did to it, and what script sees. */
export function CookieJarView() {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  if (world === null) return <p className="empty">Preparing the browser…</p>
  const diff =
    exchange === null
      ? NO_CHANGES
      : diffCookies(exchange.browserBefore.cookies, exchange.browserAfter.cookies)
  const { cookies } = world.browser
  return (
    <div className="cookie-jar">
      {cookies.length === 0 ? (
        <p className="empty">
          The jar is empty: this browser holds no cookies for any site.
        </p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>
              Cookies in the browser’s jar
              {exchange === null
                ? ''
                : `; highlighted: changed by exchange #${exchange.id}`}
            </caption>
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
              {cookies.map((cookie) => (
                <CookieRow
                  key={cookieKey(cookie)}
                  cookie={cookie}
                  now={world.now}
                  change={changeOf(diff, cookie)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.removed.length > 0 && exchange !== null ? (
        <p className="cookie-removed">
          Removed by exchange #{exchange.id}:{' '}
          {diff.removed.map((cookie) => cookie.name).join(', ')}
        </p>
      ) : null}
      {exchange === null ? null : (
        <CookieOutcomes exchangeId={exchange.id} outcomes={exchange.cookieOutcomes} />
      )}
      <DocumentCookieLine browser={world.browser} now={world.now} />
    </div>
  )
}

function changeOf(diff: CookieDiff, cookie: StoredCookie): 'added' | 'changed' | null {
  const key = cookieKey(cookie)
  if (diff.added.has(key)) return 'added'
  if (diff.changed.has(key)) return 'changed'
  return null
}

interface CookieRowProps {
  readonly cookie: StoredCookie
  readonly now: number
  readonly change: 'added' | 'changed' | null
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
            {formatUtc(cookie.expiresAt)}{' '}
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
