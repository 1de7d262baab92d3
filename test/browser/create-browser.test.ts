import { describe, expect, it } from 'vitest'
import { createBrowserState } from '../../src/browser/create-browser'

describe('createBrowserState', () => {
  it('opens a tab on the page with an empty jar and empty localStorage', () => {
    expect(createBrowserState('https://Example.com')).toEqual({
      pageUrl: 'https://example.com/',
      cookies: [],
      localStorage: {},
    })
  })

  it('refuses a page that is not an absolute URL', () => {
    expect(() => createBrowserState('example.com')).toThrow(TypeError)
  })
})
