import { useBouncer } from '../../store/bouncer-context'
import type { BusyTask } from '../../store/bouncer-store'
import { selectHistory } from '../../store/selectors'

/** What is running now, or why the last step failed; said where the learner is looking. */
export function ProgressNotice() {
  const busy = useBouncer((state) => state.busy)
  const failure = useBouncer((state) => state.failure)
  const hasWorld = useBouncer((state) => selectHistory(state) !== null)
  const dismiss = useBouncer((state) => state.dismissFailure)
  return (
    <>
      <p className="busy" role="status">
        {busy === null ? '' : busyText(busy)}
      </p>
      {failure === null ? null : (
        <div className="failure" role="alert">
          <p>
            <strong>{failure.label} failed.</strong> {failure.message}
          </p>
          <details className="failure-detail">
            <summary>Technical detail</summary>
            <p>
              Code <code>{failure.code}</code>
              {failure.detail === null ? null : (
                <>
                  : <code className="breakable">{failure.detail}</code>
                </>
              )}
            </p>
          </details>
          {/* Without a world this is the only place that says why, so it stays. */}
          {hasWorld ? (
            <>
              <p>
                The world is unchanged: every panel still shows the state before this
                step.
              </p>
              <button type="button" onClick={dismiss}>
                Dismiss
              </button>
            </>
          ) : null}
        </div>
      )}
    </>
  )
}

// Only a request is "sending": a fresh world is built in the page, and so are the
// actions that edit the token, the clock or storage.
function busyText({ label, kind }: BusyTask): string {
  switch (kind) {
    case 'send':
      return `Sending… ${label}`
    case 'world':
      return `${label}: creating a fresh world in this page (the server hashes its demo users’ passwords); nothing is sent…`
    case 'local':
      return `${label}: changing the world in this page; nothing is sent…`
  }
}
