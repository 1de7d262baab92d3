import { act, screen } from '@testing-library/react'
import { beforeAll } from 'vitest'

/**
 * Tells React this file is a test even without vitest's globals, where Testing
 * Library leaves the flag unset; WebCrypto's promises settle between act
 * scopes, and React should apply their updates as in any test.
 */
export function actEnvironment(): void {
  beforeAll(() => {
    Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })
  })
}

/**
 * Waits for what WebCrypto's promises put on screen, letting them settle inside
 * act so React applies their updates as the learner would see them.
 */
export async function shown(text: string | RegExp): Promise<HTMLElement> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const found = screen.queryByText(text)
    if (found !== null) return found
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)))
  }
  return screen.getByText(text)
}
