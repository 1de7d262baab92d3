import { describe, expect, it } from 'vitest'
import { SHORT_ID_LENGTH, shortId } from '../../src/trace/short-id'

describe('shortId', () => {
  it('keeps the first 8 characters of a long id and marks the cut', () => {
    expect(shortId('Xy3f9aQ1bC7dE2fG4hJ6kL8mN0pR5sT7uV9wX1yZ3a')).toBe('Xy3f9aQ1…')
    expect(SHORT_ID_LENGTH).toBe(8)
  })

  it('leaves an id of 8 characters or fewer whole', () => {
    expect(shortId('abcdefgh')).toBe('abcdefgh')
    expect(shortId('abc')).toBe('abc')
  })
})
