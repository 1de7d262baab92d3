import type { SessionRecord } from '../../server/server-state'

/** What one exchange did to the server's session store, by session id. */
export interface SessionDiff {
  readonly added: ReadonlySet<string>
  readonly changed: ReadonlySet<string>
  readonly removed: readonly SessionRecord[]
}

type SessionStore = Readonly<Record<string, SessionRecord>>

/** Compares the session store before and after an exchange. */
export function diffSessions(before: SessionStore, after: SessionStore): SessionDiff {
  const added = new Set<string>()
  const changed = new Set<string>()
  for (const [id, session] of Object.entries(after)) {
    const previous = Object.hasOwn(before, id) ? before[id] : undefined
    if (previous === undefined) added.add(id)
    else if (JSON.stringify(previous) !== JSON.stringify(session)) changed.add(id)
  }
  const removed = Object.entries(before)
    .filter(([id]) => !Object.hasOwn(after, id))
    .map(([, session]) => session)
  return { added, changed, removed }
}
