/** How many leading characters of a long id a sentence or a table cell shows. */
export const SHORT_ID_LENGTH = 8

/**
 * A long random id shortened for reading, e.g. "Xy3f9aQ1…"; the data keeps it
 * whole. The server's messages and the views use this one function, so the same
 * session reads the same everywhere.
 */
export function shortId(id: string): string {
  return id.length > SHORT_ID_LENGTH ? `${id.slice(0, SHORT_ID_LENGTH)}…` : id
}
