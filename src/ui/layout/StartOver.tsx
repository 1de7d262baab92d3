import { useRef, useState } from 'react'
import { useBouncer } from '../../store/bouncer-context'
import { ActionButton } from '../shared/ActionButton'

/**
 * Forgets the progress saved in this browser, in every lesson, after one
 * confirmation; Reset stays the way to restart only the open lesson. The
 * question replaces the button, so focus moves into it and back out of it, never
 * left on a button that is gone.
 */
export function StartOver() {
  const busy = useBouncer((state) => state.busy !== null)
  const startOver = useBouncer((state) => state.startOver)
  const [asking, setAsking] = useState(false)
  const answered = useRef(false)
  const close = () => {
    answered.current = true
    setAsking(false)
  }
  if (!asking) {
    return (
      <button
        type="button"
        className="start-over"
        ref={(button) => {
          if (button !== null && answered.current) button.focus()
          answered.current = false
        }}
        onClick={() => setAsking(true)}
      >
        Start over
      </button>
    )
  }
  return (
    <div className="start-over-confirm" role="group" aria-label="Start over">
      <span>Forget your progress in every lesson and the forms?</span>
      <ActionButton
        inactive={busy}
        onClick={() => {
          close()
          void startOver()
        }}
      >
        Forget everything
      </ActionButton>
      <button type="button" autoFocus onClick={close}>
        Keep my progress
      </button>
    </div>
  )
}
