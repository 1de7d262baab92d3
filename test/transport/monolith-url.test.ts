import fc from 'fast-check'
import { matchRequestUrl } from 'msw'
import { describe, expect, test } from 'vitest'
import {
  modelledUrlFor,
  monolithRoute,
  realUrlFor,
} from '../../src/transport/monolith-url'

// Reported case msw-handler-paths-under-base-path: a GitHub Pages sub-path.
const PAGES = { origin: 'https://learner.github.io', base: '/auth-lab/' }

describe('realUrlFor', () => {
  test('puts a modelled path under the base path and the monolith mount', () => {
    expect(realUrlFor('https://example.com/login', PAGES)).toBe(
      'https://learner.github.io/auth-lab/monolith/login',
    )
  })

  test('keeps the query string as it is', () => {
    expect(realUrlFor('https://example.com/profile?tab=jwt&q=a%20b', PAGES)).toBe(
      'https://learner.github.io/auth-lab/monolith/profile?tab=jwt&q=a%20b',
    )
  })

  test('maps the site root to the mount itself', () => {
    expect(realUrlFor('https://example.com/', PAGES)).toBe(
      'https://learner.github.io/auth-lab/monolith/',
    )
  })

  test('refuses a modelled URL on another origin, since nothing may reach a real network', () => {
    expect(() => realUrlFor('https://evil.example/steal', PAGES)).toThrow(
      expect.objectContaining({
        code: 'transport.foreign-origin',
        message: expect.stringContaining('only answers for https://example.com'),
      }),
    )
  })

  test('rejects a base path that does not start and end with a slash', () => {
    const site = { origin: PAGES.origin, base: '/auth-lab' }
    expect(() => realUrlFor('https://example.com/login', site)).toThrow(TypeError)
  })
})

describe('modelledUrlFor', () => {
  test('gives back the modelled URL of a real request under the mount', () => {
    expect(
      modelledUrlFor(
        'https://learner.github.io/auth-lab/monolith/profile?tab=jwt',
        PAGES,
      ),
    ).toBe('https://example.com/profile?tab=jwt')
  })

  test('rejects a real URL outside the mount', () => {
    expect(() =>
      modelledUrlFor('https://learner.github.io/monolith/login', PAGES),
    ).toThrow(TypeError)
  })

  test('inverts realUrlFor for any path and query', () => {
    fc.assert(
      fc.property(fc.webPath(), fc.webQueryParameters(), (path, query) => {
        const modelled = new URL(`https://example.com${path}?${query}`).href
        expect(modelledUrlFor(realUrlFor(modelled, PAGES), PAGES)).toBe(modelled)
      }),
    )
  })
})

describe('monolithRoute', () => {
  const route = monolithRoute(PAGES)
  const matches = (url: string) => matchRequestUrl(new URL(url), route).matches

  test('matches the base-prefixed URL the app requests, from any client route', () => {
    expect(matches('https://learner.github.io/auth-lab/monolith/session')).toBe(true)
    expect(matches('https://learner.github.io/auth-lab/monolith/')).toBe(true)
  })

  test('does not match the root-absolute or page-relative URLs of a misconfigured app', () => {
    expect(matches('https://learner.github.io/monolith/session')).toBe(false)
    expect(matches('https://learner.github.io/auth-lab/jwt/monolith/session')).toBe(false)
  })

  test('treats a base with path-to-regexp syntax as plain text', () => {
    const odd = monolithRoute({ origin: PAGES.origin, base: '/c:auth(1)/' })
    expect(
      matchRequestUrl(new URL('https://learner.github.io/c:auth(1)/monolith/x'), odd),
    ).toMatchObject({ matches: true })
  })
})
