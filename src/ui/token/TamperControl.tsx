import { useId, useMemo } from 'react'
import { decodeToken } from '../../jwt/decode-token'
import { useBouncer } from '../../store/bouncer-context'
import { selectExchange, selectWorld } from '../../store/selectors'
import { storedToken } from '../../world/actions/token-storage'
import { ActionButton } from '../shared/ActionButton'
import { tamperSuggestion } from './tamper-suggestion'

/**
 * Edits one claim of the stored token without the key, then lets the server judge
 * it. The claim and values typed live in the store, so a retried panel keeps them.
 */
export function TamperControl({ canRun }: { readonly canRun: boolean }) {
  const world = useBouncer(selectWorld)
  const exchange = useBouncer(selectExchange)
  const busy = useBouncer((state) => state.busy)
  const play = useBouncer((state) => state.play)
  const draft = useBouncer((state) => state.drafts.tamper)
  const updateDrafts = useBouncer((state) => state.updateDrafts)
  const claimId = useId()
  const valueId = useId()
  const token = world === null ? null : storedToken(world)
  const payload = useMemo(
    () => (token === null ? null : decodeToken(token).payload),
    [token],
  )
  if (payload === null) {
    return (
      <p className="empty">
        There is no token in localStorage to tamper with. Log in in JWT mode first.
      </p>
    )
  }
  const names = Object.keys(payload)
  const claim = names.includes(draft.claim) ? draft.claim : (names[0] ?? 'role')
  const value = draft.edits[claim] ?? tamperSuggestion(claim, payload[claim])
  const failedStep = exchange?.serverSteps.find((step) => !step.ok)
  return (
    <div className="tamper">
      <p>
        Change a claim in the stored token as an attacker with access to localStorage
        could. The header and signature stay as they were.
      </p>
      <form
        className="tamper-form"
        onSubmit={(event) => {
          event.preventDefault()
          void play('tamper-token', { claim, value })
        }}
      >
        <label htmlFor={claimId}>Claim</label>
        <select
          id={claimId}
          value={claim}
          onChange={(event) =>
            updateDrafts({ tamper: { ...draft, claim: event.target.value } })
          }
        >
          {names.map((name) => (
            <option key={name} value={name}>
              {name} (now {JSON.stringify(payload[name])})
            </option>
          ))}
        </select>
        <label htmlFor={valueId}>New value</label>
        <input
          id={valueId}
          value={value}
          onChange={(event) =>
            updateDrafts({
              tamper: {
                ...draft,
                edits: { ...draft.edits, [claim]: event.target.value },
              },
            })
          }
        />
        <ActionButton type="submit" unavailable={!canRun} inactive={busy !== null}>
          Apply tamper
        </ActionButton>
      </form>
      <p className="muted">
        Then press <strong>Get profile</strong> to send the edited token and watch which
        check fails.
      </p>
      {exchange !== null && failedStep !== undefined ? (
        <p className="verdict-failed" role="status">
          Request #{exchange.id} got {exchange.response.status}{' '}
          {exchange.response.statusText}: the check <code>{failedStep.code}</code> failed.{' '}
          {failedStep.message}
        </p>
      ) : null}
    </div>
  )
}
