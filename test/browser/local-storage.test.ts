import { describe, expect, it } from 'vitest'
import { createBrowserState } from '../../src/browser/create-browser'
import {
  getLocalStorageItem,
  removeLocalStorageItem,
  setLocalStorageItem,
} from '../../src/browser/local-storage'

const page = createBrowserState('https://example.com/')

describe('localStorage', () => {
  it('keeps what script sets, and answers null for what it never set', () => {
    const browser = setLocalStorageItem(page, 'access_token', 'eyJ...')
    expect(getLocalStorageItem(browser, 'access_token')).toBe('eyJ...')
    expect(getLocalStorageItem(browser, 'other')).toBeNull()
  })

  it('does not mistake inherited object keys for stored items', () => {
    expect(getLocalStorageItem(page, 'toString')).toBeNull()
  })

  it('removes an item and leaves the earlier state untouched', () => {
    const withToken = setLocalStorageItem(page, 'access_token', 'eyJ...')
    const removed = removeLocalStorageItem(withToken, 'access_token')
    expect(removed.localStorage).toEqual({})
    expect(withToken.localStorage).toEqual({ access_token: 'eyJ...' })
    expect(removeLocalStorageItem(removed, 'access_token')).toBe(removed)
  })
})
