/**
 * The candidate a mistyped name most likely meant, or null when none is close.
 * Used to turn "unknown action" into "did you mean ...?".
 */
export function nearestName(typed: string, candidates: readonly string[]): string | null {
  const wanted = typed.toLowerCase()
  let best: { name: string; distance: number } | null = null
  for (const name of candidates) {
    const distance = editDistance(wanted, name.toLowerCase())
    const close =
      distance <= Math.max(1, Math.floor(wanted.length / 3)) ||
      (wanted.length >= 3 && name.toLowerCase().includes(wanted))
    if (close && (best === null || distance < best.distance)) best = { name, distance }
  }
  return best?.name ?? null
}

/**
 * Optimal string alignment distance: Levenshtein plus swapping two neighbours,
 * because a swapped pair ("titel") is the commonest typo and should cost one edit.
 */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let distance = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, at(i - 2, j - 2) + 1)
      }
      const row = rows[i]
      if (row) row[j] = distance
    }
  }
  return at(a.length, b.length)
}
