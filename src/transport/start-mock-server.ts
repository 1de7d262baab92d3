import { setupWorker } from 'msw/browser'
import { BouncerError } from '../errors/bouncer-error'
import { log } from '../log/log'
import { handleRequest } from '../server/handle-request'
import type { SendToServer } from '../world/send-to-server'
import { ExchangeDesk } from './exchange-desk'
import { fetchSender } from './fetch-sender'
import { monolithHandler } from './monolith-handler'
import type { PageSite } from './monolith-url'
import type { MockStatus } from './mock-status'
import { missingSupport, workerFailed, workerNotControlling } from './mock-unavailable'
import type { UnavailableStatus } from './mock-unavailable'

/** The in-page mock monolith: whether it is ready, and how to send to it. */
export interface MockServer {
  readonly status: MockStatus
  /** Sends through the worker; refuses, sending nothing, whenever it is not in control. */
  readonly send: SendToServer
}

// Served from the build base by scripts/msw-worker-plugin.ts. A worker at the origin
// root would be a 404 on a sub-path host, and its scope cannot reach above its folder.
const WORKER_FILE = 'mockServiceWorker.js'

/**
 * Starts msw's Service Worker under the build base and resolves once it controls the
 * page, so no request can be sent before the mock is ready. Never rejects: when the
 * worker cannot run, the status says why and `send` refuses.
 */
export async function startMockServer(): Promise<MockServer> {
  const site: PageSite = { origin: location.origin, base: import.meta.env.BASE_URL }
  const workerPath = `${site.base}${WORKER_FILE}`
  const workerUrl = new URL(workerPath, location.origin).href
  const missing = missingSupport({
    secureContext: isSecureContext,
    serviceWorkers: 'serviceWorker' in navigator,
  })
  if (missing !== null) return unavailable(missing)

  const desk = new ExchangeDesk()
  const worker = setupWorker(monolithHandler({ site, desk, handle: handleRequest }))
  try {
    await worker.start({
      serviceWorker: { url: workerPath, options: { scope: site.base } },
      onUnhandledRequest: 'bypass',
      quiet: true,
    })
  } catch (error) {
    return unavailable(workerFailed(workerUrl), error)
  }
  if (navigator.serviceWorker.controller === null) {
    return unavailable(workerNotControlling(workerUrl))
  }

  const scope = new URL(site.base, location.origin).href
  log.info(`Mock server ready: Service Worker ${workerUrl} controls ${scope}`)
  const send = fetchSender({
    site,
    desk,
    // The worker can lose control later (unregistered in DevTools, or replaced).
    refusal: () =>
      navigator.serviceWorker.controller === null
        ? refusal(workerNotControlling(workerUrl))
        : null,
  })
  return { status: { state: 'active', workerUrl, scope }, send }
}

function unavailable(status: UnavailableStatus, cause?: unknown): MockServer {
  if (cause === undefined) log.warn(status.message)
  else log.warn(status.message, cause)
  return { status, send: () => Promise.reject(refusal(status)) }
}

function refusal(status: UnavailableStatus): BouncerError {
  return new BouncerError('transport.mock-unavailable', status.message, { cause: status })
}
