import { useBouncer } from '../../store/bouncer-context'
import { canStepBack } from '../../store/history'
import { selectHistory } from '../../store/selectors'
import { ActionButton } from '../shared/ActionButton'

interface StepControlsProps {
  /** Whether the next section has an action and the mock server cannot answer it. */
  readonly nextBlocked: boolean
  readonly atEnd: boolean
}

/**
 * Back, Next step and Reset: the learner's way through a lesson. What a press
 * itself brings about (a step running, the lesson's end) leaves each button
 * focusable, so Enter can be pressed again without reaching for the mouse.
 */
export function StepControls({ nextBlocked, atEnd }: StepControlsProps) {
  const history = useBouncer(selectHistory)
  const lessonId = useBouncer((state) => state.lessonId)
  const busy = useBouncer((state) => state.busy !== null)
  const next = useBouncer((state) => state.next)
  const back = useBouncer((state) => state.back)
  const reset = useBouncer((state) => state.reset)
  const noWorld = history === null
  return (
    <div className="step-controls">
      <ActionButton
        onClick={back}
        unavailable={noWorld}
        inactive={busy || noWorld || !canStepBack(history)}
      >
        Back
      </ActionButton>
      <ActionButton
        className="primary"
        onClick={() => void next()}
        unavailable={noWorld || nextBlocked}
        inactive={busy || atEnd}
      >
        Next step
      </ActionButton>
      {/* Without a world, Reset tries to make the lesson's world again. */}
      <ActionButton
        onClick={() => void reset()}
        unavailable={lessonId === null}
        inactive={busy}
      >
        Reset
      </ActionButton>
    </div>
  )
}
