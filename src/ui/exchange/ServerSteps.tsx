import { useBouncer } from '../../store/bouncer-context'
import { selectExchange } from '../../store/selectors'

/** What the server did inside while answering the selected request, as a checklist. */
export function ServerSteps() {
  const exchange = useBouncer(selectExchange)
  if (exchange === null) {
    return (
      <p className="empty">The server’s inner steps appear once a request is sent.</p>
    )
  }
  if (exchange.serverSteps.length === 0) {
    return <p className="empty">The server reported no inner steps for this request.</p>
  }
  return (
    <ol className="server-steps">
      {exchange.serverSteps.map((step, index) => (
        <li key={index} className={step.ok ? 'step-ok' : 'step-failed'}>
          <span className="step-mark" aria-hidden="true">
            {step.ok ? '✓' : '✗'}
          </span>
          <span className="visually-hidden">{step.ok ? 'Passed:' : 'Failed:'}</span>{' '}
          <span className="step-message">{step.message}</span>{' '}
          <code className="step-code">{step.code}</code>
        </li>
      ))}
    </ol>
  )
}
