import { useBouncer } from '../../store/bouncer-context'
import { canStepBack } from '../../store/history'
import { selectHistory } from '../../store/selectors'

interface StepControlsProps {
  /** Whether the next section has an action and the mock server cannot answer it. */
  readonly nextBlocked: boolean
  readonly atEnd: boolean
}

/** Back, Next step and Reset: the learner's way through a lesson. */
export function StepControls({ nextBlocked, atEnd }: StepControlsProps) {
  const history = useBouncer(selectHistory)
  const busy = useBouncer((state) => state.busy)
  const next = useBouncer((state) => state.next)
  const back = useBouncer((state) => state.back)
  const reset = useBouncer((state) => state.reset)
  const idle = busy === null && history !== null
  return (
    <div className="step-controls">
      <button
        type="button"
        onClick={back}
        disabled={!idle || history === null || !canStepBack(history)}
      >
        Back
      </button>
      <button
        type="button"
        className="primary"
        onClick={() => void next()}
        disabled={!idle || nextBlocked || atEnd}
      >
        Next step
      </button>
      <button type="button" onClick={() => void reset()} disabled={!idle}>
        Reset
      </button>
    </div>
  )
}
