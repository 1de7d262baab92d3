/**
 * Which page the address names. Pages live in the URL fragment, so they work
 * under any sub-path and on static hosts without rewrite rules, and the fragment
 * never reaches a server.
 */

/** The page's two views. */
export type PageName = 'lessons' | 'workbench'

/** The fragment that opens the token workbench. */
export const WORKBENCH_HASH = '#workbench'

/** The fragment that returns to the lessons. */
export const LESSONS_HASH = '#lessons'

/**
 * The page a fragment names: `#workbench`, or `#workbench` followed by `&`, `?`
 * or `/` and parameters (a shared token), opens the workbench; anything else
 * shows the lessons.
 */
export function pageOfHash(hash: string): PageName {
  if (!hash.startsWith(WORKBENCH_HASH)) return 'lessons'
  const next = hash.charAt(WORKBENCH_HASH.length)
  return next === '' || next === '&' || next === '?' || next === '/'
    ? 'workbench'
    : 'lessons'
}
