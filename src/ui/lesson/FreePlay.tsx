import { useId } from 'react'
import { ACTION_LABELS } from '../../store/action-labels'
import { useBouncer } from '../../store/bouncer-context'
import { selectWorld } from '../../store/selectors'
import { formatInstant } from '../../time/format-time'
import type { ActionName } from '../../world/action-names'
import { ActionButton } from '../shared/ActionButton'
import { RequestComposer } from './RequestComposer'

const ALWAYS: readonly ActionName[] = ['login', 'get-profile', 'logout']
const JWT_ONLY: readonly ActionName[] = ['save-token-copy', 'replay-saved-token']

/** The same actions the lessons use, to run in any order outside the script. */
export function FreePlay({ canRun }: { readonly canRun: boolean }) {
  const busy = useBouncer((state) => state.busy !== null)
  const play = useBouncer((state) => state.play)
  const mode = useBouncer((state) => selectWorld(state)?.clientMode ?? null)
  const now = useBouncer((state) => selectWorld(state)?.now ?? null)
  const minutes = useBouncer((state) => state.drafts.clockMinutes)
  const updateDrafts = useBouncer((state) => state.updateDrafts)
  const minutesId = useId()
  const unavailable = !canRun || mode === null
  const names = mode === 'jwt' ? [...ALWAYS, ...JWT_ONLY] : ALWAYS
  return (
    <div className="free-play">
      <p className="muted">
        Run any step yourself, in any order. Back undoes it like a lesson step.
      </p>
      {now === null ? null : (
        <p className="clock">
          Virtual clock:{' '}
          <time dateTime={new Date(now).toISOString()}>{formatInstant(now)}</time>
        </p>
      )}
      <div className="button-row">
        {names.map((name) => (
          <ActionButton
            key={name}
            unavailable={unavailable}
            inactive={busy}
            onClick={() => void play(name)}
          >
            {ACTION_LABELS[name]}
          </ActionButton>
        ))}
      </div>
      <form
        className="clock-form"
        // The action explains a bad number; the browser's own bubble is easy to miss.
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void play('advance-clock', { minutes })
        }}
      >
        <label htmlFor={minutesId}>Minutes</label>
        <input
          id={minutesId}
          type="number"
          min={1}
          max={525600}
          inputMode="numeric"
          value={minutes}
          onChange={(event) => updateDrafts({ clockMinutes: event.target.value })}
        />
        <ActionButton type="submit" unavailable={unavailable} inactive={busy}>
          {ACTION_LABELS['advance-clock']}
        </ActionButton>
      </form>
      <RequestComposer unavailable={unavailable} busy={busy} mode={mode} />
    </div>
  )
}
