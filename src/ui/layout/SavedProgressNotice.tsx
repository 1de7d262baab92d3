import { useBouncer } from '../../store/bouncer-context'

/** One line about saved progress that was not restored or cannot be saved. */
export function SavedProgressNotice() {
  const notice = useBouncer((state) => state.notice)
  const dismiss = useBouncer((state) => state.dismissNotice)
  if (notice === null) return null
  return (
    <p className="saved-progress-notice" role="status">
      {notice}{' '}
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </p>
  )
}
