/// <reference types="node" />
import { readFileSync } from 'node:fs'

/**
 * Reads public conformance data kept beside this file: RFC JOSE examples, cookie
 * vectors and reported cases (sources in vectors/PROVENANCE.md and cases/README.md).
 * They live in the repository so that `npm test` runs on any fresh clone.
 */
export function readConformanceJson<T>(pathInFolder: string): T {
  return JSON.parse(readConformanceText(pathInFolder)) as T
}

/** The text of a conformance file, for tests that parse it themselves. */
export function readConformanceText(pathInFolder: string): string {
  return readFileSync(new URL(pathInFolder, import.meta.url), 'utf8')
}
