import type { ServerState, SessionRecord } from '../../server/server-state'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { formatInstant, formatRelative } from '../../time/format-time'
import { shortId } from '../../trace/short-id'
import { BeforeAfterSwitch } from '../shared/BeforeAfterSwitch'
import { ChangeTag } from '../shared/ChangeTag'
import type { RowMark } from '../shared/ChangeTag'
import { TableScroll } from '../shared/TableScroll'
import { useRecordedSide } from '../shared/use-recorded-side'
import type { RecordedSide } from '../shared/use-recorded-side'
import { diffSessions } from './session-changes'
import type { SessionDiff } from './session-changes'
import { SessionId } from './SessionId'

/**
 * The server's session store, the wristband register, as the selected exchange
 * recorded it just before or just after, with what it did marked; the current
 * store when nothing has been sent.
 */
export function SessionStoreView() {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  const [side, setSide] = useRecordedSide(exchange?.id ?? null)
  if (world === null) return <p className="empty">Preparing the server…</p>
  if (exchange === null) {
    return (
      <div className="session-store">
        <Sessions server={world.server} now={world.now} markOf={() => null} />
      </div>
    )
  }
  const diff = diffSessions(exchange.serverBefore.sessions, exchange.serverAfter.sessions)
  const server = side === 'before' ? exchange.serverBefore : exchange.serverAfter
  const aside =
    side === 'after'
      ? diff.removed
      : Object.values(exchange.serverAfter.sessions).filter(({ id }) =>
          diff.added.has(id),
        )
  const ids = aside.map(({ id }) => shortId(id)).join(', ')
  const noun = aside.length === 1 ? 'session' : 'sessions'
  return (
    <div className="session-store">
      <BeforeAfterSwitch
        subject="the session store"
        exchange={exchange}
        side={side}
        onChange={setSide}
      />
      <Sessions
        server={server}
        now={exchange.sentAt}
        markOf={({ id }) => markOf(diff, id, side, exchange.id)}
      />
      {aside.length === 0 ? null : (
        <p className="session-removed">
          Exchange #{exchange.id} {side === 'after' ? 'destroyed' : 'then created'} {noun}{' '}
          {ids}.
        </p>
      )}
    </div>
  )
}

function markOf(
  diff: SessionDiff,
  id: string,
  side: RecordedSide,
  exchangeId: number,
): RowMark | null {
  const mark = (change: RowMark['change']): RowMark => ({ change, exchangeId })
  if (diff.changed.has(id)) return mark('changed')
  if (side === 'after') return diff.added.has(id) ? mark('added') : null
  return diff.removed.some((gone) => gone.id === id) ? mark('removed') : null
}

interface SessionsProps {
  readonly server: ServerState
  /** The moment the store is shown at, for relative times. */
  readonly now: number
  readonly markOf: (session: SessionRecord) => RowMark | null
}

function Sessions({ server, now, markOf }: SessionsProps) {
  const sessions = Object.values(server.sessions)
  if (sessions.length === 0)
    return <EmptyStore jwt={server.settings.authMode === 'jwt'} />
  return (
    <TableScroll label="Sessions the server remembers">
      <table className="stacking-table">
        <caption>Sessions the server remembers, by id</caption>
        <thead>
          <tr>
            <th scope="col">Session id</th>
            <th scope="col">Data</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <SessionRow
              key={session.id}
              session={session}
              now={now}
              mark={markOf(session)}
            />
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

function EmptyStore({ jwt }: { readonly jwt: boolean }) {
  return jwt ? (
    <p className="empty">
      Empty, and it stays empty: in JWT mode the server keeps no list of who is logged in.
      Each request carries a signed token, and the server trusts whatever its signature
      covers until the token expires.
    </p>
  ) : (
    <p className="empty">
      No sessions: nobody is logged in. A successful login adds a row here, and the
      browser gets only its id in a cookie.
    </p>
  )
}

interface SessionRowProps {
  readonly session: SessionRecord
  readonly now: number
  readonly mark: RowMark | null
}

function SessionRow({ session, now, mark }: SessionRowProps) {
  const expired = session.expiresAt <= now
  return (
    <tr className={mark === null ? undefined : `row-${mark.change}`}>
      <th scope="row">
        <SessionId id={session.id} />
        {mark === null ? null : <ChangeTag mark={mark} />}
      </th>
      <td data-label="Data">
        <code className="mono breakable">{JSON.stringify(session.data)}</code>
      </td>
      <td data-label="Created">
        {formatInstant(session.createdAt)}{' '}
        <span className="muted">({formatRelative(session.createdAt, now)})</span>
      </td>
      <td data-label="Expires">
        {formatInstant(session.expiresAt)}{' '}
        <span className="muted">({formatRelative(session.expiresAt, now)})</span>
        {expired ? <span className="tag tag-warning">expired</span> : null}
      </td>
    </tr>
  )
}
