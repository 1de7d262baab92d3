import { useId } from 'react'
import { ACTION_LABELS } from '../../store/action-labels'
import { useBouncer } from '../../store/bouncer-context'
import type { ComposerDraft } from '../../store/drafts'
import { ActionButton } from '../shared/ActionButton'
import type { AuthMode } from '../../server/server-state'

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

interface RequestComposerProps {
  /** Whether requests cannot be sent in this window (the mock server is off). */
  readonly unavailable: boolean
  /** Whether another action is running, so Send waits. */
  readonly busy: boolean
  /** How the page authenticates, which decides what it attaches. */
  readonly mode: AuthMode | null
}

/**
 * Compose any request by hand: a route the server does not know, a wrong method,
 * a body that is not JSON. The browser still attaches what it always attaches.
 * The fields live in the store, so a retried panel or a reload keeps them.
 */
export function RequestComposer({ unavailable, busy, mode }: RequestComposerProps) {
  const play = useBouncer((state) => state.play)
  const draft = useBouncer((state) => state.drafts.composer)
  const updateDrafts = useBouncer((state) => state.updateDrafts)
  const id = useId()
  const edit = (patch: Partial<ComposerDraft>) =>
    updateDrafts({ composer: { ...draft, ...patch } })
  const { method, path, body } = draft
  return (
    <form
      className="request-composer"
      aria-label="Compose a request"
      onSubmit={(event) => {
        event.preventDefault()
        void play('send-request', { method, path, ...(body === '' ? {} : { body }) })
      }}
    >
      <div className="request-line">
        <label htmlFor={`${id}-method`}>Method</label>
        <select
          id={`${id}-method`}
          value={method}
          onChange={(event) => edit({ method: event.target.value })}
        >
          {METHODS.map((name) => (
            <option key={name}>{name}</option>
          ))}
        </select>
        <label htmlFor={`${id}-path`}>Path</label>
        <input
          id={`${id}-path`}
          className="mono"
          value={path}
          spellCheck={false}
          onChange={(event) => edit({ path: event.target.value })}
        />
      </div>
      <label htmlFor={`${id}-body`}>Body (sent as JSON, exactly as typed)</label>
      <textarea
        id={`${id}-body`}
        className="mono"
        rows={2}
        value={body}
        spellCheck={false}
        placeholder='{"username": "alice", "password": "..."}'
        onChange={(event) => edit({ body: event.target.value })}
      />
      <ActionButton
        type="submit"
        unavailable={unavailable}
        inactive={busy}
        aria-describedby={`${id}-answer`}
      >
        {ACTION_LABELS['send-request']}
      </ActionButton>
      <p id={`${id}-answer`} className="muted">
        {mode === 'jwt'
          ? 'The page attaches its stored token, if any, as Authorization: Bearer, and does nothing with the answer: a token in its body is not stored, so a login sent from here leaves the page’s token as it was.'
          : 'The browser attaches the cookies its jar chooses, and stores any Set-Cookie in the answer; the page’s script does nothing more with it.'}
      </p>
    </form>
  )
}
