/**
 * Small pieces of the sentences learners read about cookies, so every message
 * names cookies and bytes the same way; times come from src/time.
 */

const LONGEST_NAME_SHOWN = 40

/** How a message names a cookie: `cookie "session_id"`, or `a nameless cookie`. */
export function cookieLabel(name: string): string {
  if (name === '') return 'a nameless cookie'
  const shown =
    name.length > LONGEST_NAME_SHOWN ? `${name.slice(0, LONGEST_NAME_SHOWN)}…` : name
  return `cookie "${shown}"`
}

/** The same, to open a sentence: `Cookie "session_id"`, or `A nameless cookie`. */
export function cookieSubject(name: string): string {
  const label = cookieLabel(name)
  return label.charAt(0).toUpperCase() + label.slice(1)
}

/** The size of a string in UTF-8 bytes, which is how RFC 6265bis counts its limits. */
export function octets(text: string): number {
  return new TextEncoder().encode(text).length
}
