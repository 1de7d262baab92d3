import { useBouncer } from '../../store/bouncer-context'
import { selectExchange } from '../../store/selectors'
import { formatInstant } from '../../time/format-time'
import { requestLines, responseLines } from '../../trace/format-http'
import { HttpMessage } from './HttpMessage'

/** The selected exchange as the raw bytes of an HTTP/1.1 request and response. */
export function ExchangeView() {
  const exchange = useBouncer(selectExchange)
  if (exchange === null) {
    return (
      <p className="empty">
        Nothing has been sent yet. Press <strong>Next step</strong> or a free-play button,
        and the request and its response appear here byte for byte.
      </p>
    )
  }
  return (
    <div className="exchange">
      <p className="exchange-meta">
        Exchange #{exchange.id}, sent at {formatInstant(exchange.sentAt)}.{' '}
        <span className="legend">
          <mark className="http-credential">Marked</mark> lines carry the login: Cookie,
          Set-Cookie, Authorization.
        </span>
      </p>
      <h3>Request</h3>
      <HttpMessage label="Request as sent" lines={requestLines(exchange.request)} />
      <h3>Response</h3>
      <HttpMessage
        label="Response as received"
        lines={responseLines(exchange.response)}
      />
    </div>
  )
}
