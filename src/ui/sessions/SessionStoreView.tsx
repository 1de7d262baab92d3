import type { SessionRecord } from '../../server/server-state'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { formatRelative, formatUtc } from '../shared/format-time'
import { SessionId } from './SessionId'

/** The server's list of live sessions: the wristband register a session monolith keeps. */
export function SessionStoreView() {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  if (world === null) return <p className="empty">Preparing the server…</p>
  const sessions = Object.values(world.server.sessions)
  const before = exchange?.serverBefore.sessions ?? {}
  const after = exchange?.serverAfter.sessions ?? {}
  const removed = Object.keys(before).filter((id) => !(id in after))
  return (
    <div className="session-store">
      {sessions.length === 0 ? (
        <EmptyStore jwt={world.server.settings.authMode === 'jwt'} />
      ) : (
        <div className="table-scroll">
          <table>
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
                  now={world.now}
                  isNew={
                    exchange !== null && !(session.id in before) && session.id in after
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {removed.length > 0 && exchange !== null ? (
        <p className="session-removed">
          Exchange #{exchange.id} destroyed{' '}
          {removed.length === 1 ? 'session' : 'sessions'}{' '}
          {removed.map((id) => `${id.slice(0, 8)}…`).join(', ')}.
        </p>
      ) : null}
    </div>
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
  readonly isNew: boolean
}

function SessionRow({ session, now, isNew }: SessionRowProps) {
  const expired = session.expiresAt <= now
  return (
    <tr className={isNew ? 'row-added' : undefined}>
      <th scope="row">
        <SessionId id={session.id} />
        {isNew ? <span className="tag tag-change">added</span> : null}
      </th>
      <td>
        <code className="mono">{JSON.stringify(session.data)}</code>
      </td>
      <td>
        {formatUtc(session.createdAt)}{' '}
        <span className="muted">({formatRelative(session.createdAt, now)})</span>
      </td>
      <td>
        {formatUtc(session.expiresAt)}{' '}
        <span className="muted">({formatRelative(session.expiresAt, now)})</span>
        {expired ? <span className="tag tag-warning">expired</span> : null}
      </td>
    </tr>
  )
}
