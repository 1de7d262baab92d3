/**
 * Compares two byte strings in time that depends only on their lengths, so an
 * attacker timing the answer learns nothing about how many leading bytes match.
 * Lengths are not secret here: they are fixed by the hash function.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  let difference = a.length ^ b.length
  const length = Math.max(a.length, b.length)
  for (let i = 0; i < length; i++) {
    difference |= (a[i] ?? 0) ^ (b[i] ?? 0)
  }
  return difference === 0
}

/**
 * The index of the first byte where two byte strings differ, or null when they
 * are equal. For display only, after the verdict: it returns early on purpose.
 */
export function firstDifference(a: Uint8Array, b: Uint8Array): number | null {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return i
  }
  return a.length === b.length ? null : length
}
