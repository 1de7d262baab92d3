import { afterEach, describe, expect, it, vi } from 'vitest'
import { createWorld } from '../../src/world/create-world'

const NOW = Date.parse('2026-01-15T12:00:03.700Z')

describe('createWorld', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('starts the clock on a whole second, so token times are exact', async () => {
    const world = await createWorld('jwt', NOW)
    expect(world.now).toBe(Date.parse('2026-01-15T12:00:03Z'))
  })

  it('says the page needs a secure context when Web Crypto is missing', async () => {
    vi.stubGlobal('crypto', {})
    await expect(createWorld('session', NOW)).rejects.toMatchObject({
      code: 'world.no-web-crypto',
      message: expect.stringMatching(/over https, or on localhost/),
    })
  })
})
