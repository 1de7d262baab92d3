import type { Exchange } from '../../trace/exchange'
import { formatInstant } from '../../time/format-time'
import type { RecordedSide } from './use-recorded-side'

interface BeforeAfterSwitchProps {
  /** What the panel holds, for the group's name, e.g. "the cookie jar". */
  readonly subject: string
  readonly exchange: Exchange
  readonly side: RecordedSide
  readonly onChange: (side: RecordedSide) => void
}

/**
 * Two toggle buttons that show a panel's state just before or just after the
 * selected exchange, and a line saying which moment is on screen.
 */
export function BeforeAfterSwitch({
  subject,
  exchange,
  side,
  onChange,
}: BeforeAfterSwitchProps) {
  const path = new URL(exchange.request.url, 'https://example.com/').pathname
  return (
    <div className="recorded-moment">
      <div
        className="before-after"
        role="group"
        aria-label={`Show ${subject} before or after exchange #${exchange.id}`}
      >
        <button
          type="button"
          aria-pressed={side === 'before'}
          onClick={() => onChange('before')}
        >
          Before
        </button>
        <button
          type="button"
          aria-pressed={side === 'after'}
          onClick={() => onChange('after')}
        >
          After
        </button>
      </div>
      <p className="muted">
        As {side === 'before' ? 'it was just before' : 'it was just after'} exchange #
        {exchange.id}, {exchange.request.method} {path}, at{' '}
        {formatInstant(exchange.sentAt)}.
      </p>
    </div>
  )
}
