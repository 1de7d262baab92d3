import { describe, expect, it } from 'vitest'
import type { SessionRecord } from '../../../src/server/server-state'
import { diffSessions } from '../../../src/ui/sessions/session-changes'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

function session(id: string, expiresAt = NOW + 1_800_000): SessionRecord {
  return {
    id,
    data: { user_id: 123, username: 'alice', role: 'admin' },
    createdAt: NOW,
    expiresAt,
  }
}

describe('diffSessions', () => {
  it('tells created, changed and destroyed sessions apart by id', () => {
    const kept = session('kept')
    const diff = diffSessions(
      { kept, gone: session('gone'), slid: session('slid') },
      { kept, slid: session('slid', NOW + 3_600_000), made: session('made') },
    )

    expect([...diff.added]).toEqual(['made'])
    expect([...diff.changed]).toEqual(['slid'])
    expect(diff.removed).toEqual([session('gone')])
  })

  it('does not mistake an id named after an Object method for a stored session', () => {
    const diff = diffSessions({}, { toString: session('toString') })

    expect([...diff.added]).toEqual(['toString'])
  })
})
