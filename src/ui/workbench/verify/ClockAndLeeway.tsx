import { useId } from 'react'
import { readLeeway } from '../../../jwt/verify/verify-options'
import { formatInstant, formatIsoInstant } from '../../../time/format-time'
import { useWorkbench } from '../../../store/workbench-context'
import type { ClockMode } from '../../../store/workbench-fields'
import type { WorkbenchClock } from './use-workbench-clock'

const MODES: readonly { readonly value: ClockMode; readonly label: string }[] = [
  { value: 'live', label: 'This computer’s clock' },
  { value: 'fixed', label: 'A fixed time' },
]

/**
 * The clock tokens are checked against, always on screen, and the leeway that
 * forgives clock skew. A fixed time lets the learner stand just before or after
 * exp and watch leeway decide.
 */
export function ClockAndLeeway({ clock }: { readonly clock: WorkbenchClock }) {
  const fixedTime = useWorkbench((state) => state.fixedTime)
  const leeway = useWorkbench((state) => state.leeway)
  const update = useWorkbench((state) => state.update)
  const id = useId()
  const leewayReading = readLeeway(leeway)
  const choose = (mode: ClockMode) => {
    // A fixed clock starts where the live one stood, so switching changes nothing yet.
    const start =
      fixedTime === '' && clock.now !== null ? formatIsoInstant(clock.now) : null
    update(start === null ? { clockMode: mode } : { clockMode: mode, fixedTime: start })
  }
  return (
    <fieldset className="clock-and-leeway">
      <legend>Clock and leeway</legend>
      <p className="clock-now" aria-live="off">
        <strong>Now:</strong>{' '}
        {clock.now === null
          ? 'unknown until the fixed time can be read'
          : formatInstant(clock.now)}
        {clock.mode === 'live' ? ' (this computer’s clock)' : ' (fixed)'}
      </p>
      <div role="radiogroup" aria-label="Clock">
        {MODES.map(({ value, label }) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-clock`}
              value={value}
              checked={clock.mode === value}
              onChange={() => choose(value)}
            />{' '}
            {label}
          </label>
        ))}
      </div>
      {clock.mode === 'fixed' ? (
        <div className="field-row">
          <label htmlFor={`${id}-fixed`}>Fixed time (UTC, or seconds since 1970)</label>
          <input
            id={`${id}-fixed`}
            className="mono"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={clock.error !== null}
            aria-describedby={`${id}-fixed-error`}
            value={fixedTime}
            onChange={(event) => update({ fixedTime: event.target.value })}
          />
          <p id={`${id}-fixed-error`} className="field-error">
            {clock.error}
          </p>
        </div>
      ) : null}
      <div className="field-row">
        <label htmlFor={`${id}-leeway`}>Leeway in seconds (0 to 300)</label>
        <input
          id={`${id}-leeway`}
          className="mono"
          inputMode="decimal"
          autoComplete="off"
          aria-invalid={!leewayReading.ok}
          aria-describedby={`${id}-leeway-note`}
          value={leeway}
          onChange={(event) => update({ leeway: event.target.value })}
        />
        <p
          id={`${id}-leeway-note`}
          className={leewayReading.ok ? 'muted' : 'field-error'}
        >
          {leewayReading.ok
            ? 'Accepted while nbf - leeway ≤ now < exp + leeway: a few seconds forgive clock skew between servers.'
            : leewayReading.message}
        </p>
      </div>
    </fieldset>
  )
}
