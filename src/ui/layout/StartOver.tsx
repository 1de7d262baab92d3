import { useState } from 'react'
import { useBouncer } from '../../store/bouncer-context'

/**
 * Forgets the progress saved in this browser, in every lesson, after one
 * confirmation; Reset stays the way to restart only the open lesson.
 */
export function StartOver() {
  const busy = useBouncer((state) => state.busy)
  const startOver = useBouncer((state) => state.startOver)
  const [asking, setAsking] = useState(false)
  if (!asking) {
    return (
      <button type="button" className="start-over" onClick={() => setAsking(true)}>
        Start over
      </button>
    )
  }
  return (
    <div className="start-over-confirm" role="group" aria-label="Start over">
      <span>Forget your progress in every lesson and the forms?</span>
      <button
        type="button"
        disabled={busy !== null}
        onClick={() => {
          setAsking(false)
          void startOver()
        }}
      >
        Forget everything
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep my progress
      </button>
    </div>
  )
}
