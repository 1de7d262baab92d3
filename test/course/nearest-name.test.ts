import { describe, expect, test } from 'vitest'
import { nearestName } from '../../src/course/nearest-name'
import { ACTION_NAMES } from '../../src/world/action-names'

describe('nearestName', () => {
  test('counts two swapped letters as one slip', () => {
    expect(nearestName('titel', ['id', 'title', 'mode'])).toBe('title')
    expect(nearestName('get-proflie', ACTION_NAMES)).toBe('get-profile')
  })

  test('suggests the action a shortened name belongs to', () => {
    expect(nearestName('profile', ACTION_NAMES)).toBe('get-profile')
    expect(nearestName('replay', ACTION_NAMES)).toBe('replay-saved-token')
  })

  test('ignores case', () => {
    expect(nearestName('LOGOUT', ACTION_NAMES)).toBe('logout')
  })

  test('suggests nothing when no name is close', () => {
    expect(nearestName('fly', ACTION_NAMES)).toBeNull()
    expect(nearestName('x', ['id', 'title'])).toBeNull()
  })
})
