import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reported } from '../../jwt/verify/reported'
import { CALLAHAN_TOKEN } from '../support/arrange'
import { bench, renderWorkbench } from './support/render-workbench'

/** The page's headings in reading order, as a screen reader's heading list shows them. */
function outline(): string[] {
  return screen
    .getAllByRole('heading')
    .map((heading) => `${heading.tagName.toLowerCase()} ${heading.textContent}`)
}

/** The levels that open deeper than one below the heading before them. */
function skippedLevels(headings: readonly string[]): string[] {
  return headings.filter((line, index) => {
    const before = headings[index - 1]
    if (before === undefined) return false
    return Number(line.charAt(1)) > Number(before.charAt(1)) + 1
  })
}

/** The headings from `first` up to the next one at `first`'s level or above. */
function under(headings: readonly string[], first: string): string[] {
  const start = headings.indexOf(first)
  const level = Number(first.charAt(1))
  const end = headings.findIndex(
    (line, index) => index > start && Number(line.charAt(1)) <= level,
  )
  return headings.slice(start, end === -1 ? undefined : end)
}

describe('the workbench’s headings', () => {
  it('puts the encoder’s headings one level under the Sign section’s title', async () => {
    renderWorkbench()
    await bench.pasteToken(CALLAHAN_TOKEN)

    expect(under(outline(), 'h3 Sign')).toEqual([
      'h3 Sign',
      'h4 Header and claims',
      'h4 Algorithm and key',
      'h4 Sign',
    ])
    expect(skippedLevels(outline())).toEqual([])
  })

  it('puts the JWE panel’s headings one level under its section’s title', async () => {
    const { input } = reported<{ token: string }, unknown>('jwt-decode-jwe-pasted')
    renderWorkbench()
    await bench.pasteToken(input.token)

    expect(under(outline(), 'h3 Encrypted token (JWE)')).toEqual([
      'h3 Encrypted token (JWE)',
      'h4 Protected header',
      'h4 The five parts',
      'h4 Why the claims cannot be read without the key',
      'h4 Decrypt with a key',
      'h4 Encrypt a claims set',
    ])
    expect(skippedLevels(outline())).toEqual([])
  })

  it('titles every section at the same level under the page title', async () => {
    renderWorkbench()
    await bench.pasteToken(CALLAHAN_TOKEN)

    expect(outline().filter((line) => /^h[23] /.test(line))).toEqual([
      'h2 Token workbench',
      'h3 Token',
      'h3 Decoded',
      'h3 Verify',
      'h3 Tamper live',
      'h3 Encrypted token (JWE)',
      'h3 Sign',
      'h3 Share',
    ])
  })
})
