import { useBouncer } from '../../store/bouncer-context'
import { selectWorld } from '../../store/selectors'

/** The page's localStorage, readable by any script on the page, and the copy kept aside. */
export function TokenStorageView() {
  const world = useBouncer(selectWorld)
  if (world === null) return <p className="empty">Preparing the browser…</p>
  const entries = Object.entries(world.browser.localStorage)
  return (
    <div className="token-storage">
      <h3>localStorage of {world.browser.pageUrl}</h3>
      {entries.length === 0 ? (
        <p className="empty">
          Empty. A JWT client keeps its token here after logging in; a cookie client
          leaves it empty, because the browser holds the session cookie itself.
        </p>
      ) : (
        <dl className="storage-entries">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>
                <code className="mono">{key}</code>
              </dt>
              <dd>
                <code className="mono breakable">{value}</code>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted">
        Any script running on the page can read localStorage, including one injected by an
        attacker.
      </p>
      <h3>Saved copy</h3>
      {world.savedTokenCopy === null ? (
        <p className="empty">No copy saved.</p>
      ) : (
        <>
          <p>A copy taken earlier, outside the browser. Logging out does not touch it:</p>
          <code className="mono breakable token-copy">{world.savedTokenCopy}</code>
        </>
      )}
    </div>
  )
}
