import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'

/** Every exchange so far, oldest first; choosing one points every panel at it. */
export function Timeline() {
  const trace = useBouncer((state) => selectWorld(state)?.trace)
  const selected = useBouncer(selectExchange)
  const selectExchangeId = useBouncer((state) => state.selectExchange)
  if (trace === undefined || trace.length === 0) {
    return <p className="empty">No requests yet.</p>
  }
  return (
    <ol className="timeline">
      {trace.map((exchange) => {
        const path = new URL(exchange.request.url, 'https://example.com/').pathname
        const isSelected = exchange.id === selected?.id
        return (
          <li key={exchange.id}>
            <button
              type="button"
              className="timeline-entry"
              aria-pressed={isSelected}
              onClick={() => selectExchangeId(exchange.id)}
            >
              <span className="timeline-id">#{exchange.id}</span>{' '}
              <span className="timeline-method">{exchange.request.method}</span>{' '}
              <span className="timeline-path">{path}</span>{' '}
              <span className={`status status-${statusClass(exchange.response.status)}`}>
                {exchange.response.status}
              </span>
            </button>
          </li>
        )
      })}
    </ol>
  )
}

function statusClass(status: number): string {
  if (status >= 500) return 'error'
  if (status >= 400) return 'refused'
  return 'ok'
}
