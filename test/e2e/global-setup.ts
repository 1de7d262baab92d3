import { execFile } from 'node:child_process'
import { resolve } from 'node:path'
import { promisify } from 'node:util'
import type { TestProject } from 'vitest/node'
import { SERVED_LOG_PATH, startStaticHost } from './static-host'

/** Where the e2e build is served, as a course author would host it. */
export const E2E_BASE = '/course/auth/'

const ROOT = resolve(import.meta.dirname, '../..')

/** The folder the e2e build goes to (ignored by git, lint and prettier). */
export const E2E_OUT_DIR = resolve(ROOT, 'dist-e2e')

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's address, base path included, e.g. `http://127.0.0.1:4711/course/auth/`. */
    baseUrl: string
    /** Where the static host lists every request path it answered, as JSON. */
    servedLogUrl: string
  }
}

/**
 * Builds the production site for a sub-path and serves it for the whole e2e run, so
 * the tests drive exactly what a course author would deploy.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await buildSite()
  const host = await startStaticHost({ root: E2E_OUT_DIR, base: E2E_BASE })
  project.provide('baseUrl', host.url)
  project.provide('servedLogUrl', new URL(SERVED_LOG_PATH, host.url).href)
  return () => host.close()
}

// The CLI in its own process: inside vitest NODE_ENV is 'test', and Vite would then
// bundle React's development build instead of what an author deploys.
async function buildSite(): Promise<void> {
  const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js')
  const args = ['build', '--base', E2E_BASE, '--outDir', E2E_OUT_DIR, '--emptyOutDir']
  try {
    await promisify(execFile)(process.execPath, [vite, ...args, '--logLevel', 'error'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production' },
    })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    throw new Error(`The e2e build failed (vite ${args.join(' ')}):\n${stderr}`, {
      cause: error,
    })
  }
}
