import { beforeAll, describe, expect, it } from 'vitest'
import type { Exchange } from '../../../src/trace/exchange'
import { findToken } from '../../../src/ui/token/find-token'
import { createWorld } from '../../../src/world/create-world'
import type { World } from '../../../src/world/world'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

describe('findToken', () => {
  let world: World
  beforeAll(async () => {
    world = await createWorld('jwt', NOW)
  })

  /** A request #1 that carried this Authorization value, from a page holding no token. */
  function sent(authorization: string): Exchange {
    return {
      id: 1,
      sentAt: NOW,
      request: {
        method: 'GET',
        url: 'https://example.com/profile',
        headers: [{ name: 'Authorization', value: authorization }],
        body: '',
      },
      response: { status: 401, statusText: 'Unauthorized', headers: [], body: '' },
      serverSteps: [],
      cookieOutcomes: [],
      browserBefore: world.browser,
      browserAfter: world.browser,
      serverBefore: world.server,
      serverAfter: world.server,
    }
  }

  it('prefers the token the page holds', () => {
    const holding = {
      ...world,
      browser: { ...world.browser, localStorage: { access_token: 'held' } },
    }

    expect(findToken(holding, sent(`Bearer ${TOKEN}`))).toEqual({
      token: 'held',
      source: 'localStorage["access_token"]',
    })
  })

  it('reads a request’s bearer token by the server’s rule: any case, one space or more', () => {
    expect(findToken(world, sent(`bearer   ${TOKEN}`))).toEqual({
      token: TOKEN,
      source: 'the Authorization header of request #1',
    })
  })

  it('shows what followed "Bearer" even when its syntax is broken, so the fault can be seen', () => {
    expect(findToken(world, sent(`Bearer ${TOKEN} extra`))?.token).toBe(`${TOKEN} extra`)
  })

  it('finds nothing in another scheme or a bare "Bearer"', () => {
    for (const value of ['Basic YWxpY2U6eA==', 'Bearer', TOKEN]) {
      expect(findToken(world, sent(value))).toBeNull()
    }
  })
})
