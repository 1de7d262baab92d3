import { useBouncer } from '../../store/bouncer-context'

/** What is running now, or why the last step failed; said where the learner is looking. */
export function ProgressNotice() {
  const busy = useBouncer((state) => state.busy)
  const failure = useBouncer((state) => state.failure)
  const dismiss = useBouncer((state) => state.dismissFailure)
  return (
    <>
      <p className="busy" role="status">
        {busy === null ? '' : `Sending… ${busy}`}
      </p>
      {failure === null ? null : (
        <div className="failure" role="alert">
          <p>
            <strong>{failure.label} failed.</strong> {failure.message}{' '}
            <code className="muted">{failure.code}</code>
          </p>
          <p>
            The world is unchanged: every panel still shows the state before this step.
          </p>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </>
  )
}
