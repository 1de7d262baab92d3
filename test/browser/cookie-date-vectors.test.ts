import { describe, expect, it } from 'vitest'
import { parseSetCookie } from '../../src/browser/set-cookie-parse'
import { readSharedJson, type CookieDateVector } from './shared-data'

/**
 * The 70 cookie-date cases of http-state (RFC 6265 section 5.1.1, unchanged in
 * RFC 6265bis), run through the Expires attribute exactly as a Set-Cookie brings them.
 */
const dates = readSharedJson<CookieDateVector[]>('vectors/cookie-date-vectors.json')

/** The Expires instant the parser reads from `Expires=<input>`, as ISO text, or null. */
function expiresFrom(input: string): string | null {
  const parsed = parseSetCookie(`d=1; Expires=${input}`)
  if (!parsed.ok) throw new Error(`"d=1" should always parse: ${parsed.message}`)
  const { expires } = parsed.attributes
  return expires === null ? null : new Date(expires).toISOString()
}

describe('cookie-date parsing of the Expires attribute', () => {
  it('covers all 70 cases', () => {
    expect(dates).toHaveLength(70)
  })

  it.each(dates.filter((date) => date.expected_iso !== null))(
    'reads "$input" as $expected_iso',
    ({ input, expected_iso }) => {
      expect(expiresFrom(input)).toBe(expected_iso)
    },
  )

  it.each(dates.filter((date) => date.expected_iso === null))(
    'ignores the unparseable date "$input"',
    ({ input }) => {
      expect(expiresFrom(input)).toBeNull()
    },
  )
})
