import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

const WORKER_FILE = 'mockServiceWorker.js'

/**
 * Serves msw's Service Worker script from the installed msw package, in dev and in
 * the build, so the worker always matches the library version that talks to it.
 * A copy committed to public/ would drift from package-lock.json after an upgrade.
 */
export function mswWorker(): Plugin {
  const require = createRequire(import.meta.url)
  const workerPath = require.resolve(`msw/${WORKER_FILE}`)
  const source = () => readFileSync(workerPath, 'utf8')
  let base = '/'
  return {
    name: 'bouncer:msw-worker',
    configResolved(config) {
      base = config.base
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0]
        if (path !== `${base}${WORKER_FILE}`) return next()
        response.setHeader('Content-Type', 'text/javascript')
        response.setHeader('Service-Worker-Allowed', base)
        response.end(source())
      })
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: source() })
    },
  }
}
