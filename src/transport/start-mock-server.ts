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

/** Where the page and its build live, and how long the worker may take; the page's own by default. */
export interface MockServerOptions {
  /** The build base, `import.meta.env.BASE_URL`: absolute (`/course/auth/`) or relative (`./`). */
  readonly base?: string
  /** The page's address, against which a relative base is resolved. */
  readonly documentUrl?: string
  /** How long the worker may take to control the page, in milliseconds. */
  readonly timeoutMs?: number
}

/** How long start-up may take before the page says the worker did not start. */
export const START_TIMEOUT_MS = 10_000

// Served from the build base by scripts/msw-worker-plugin.ts. A worker at the origin
// root would be a 404 on a sub-path host, and its scope cannot reach above its folder.
const WORKER_FILE = 'mockServiceWorker.js'

/** The mock server while the worker starts: the page shows it, and `send` refuses. */
export function startingMockServer(): MockServer {
  const starting = new BouncerError(
    'transport.mock-starting',
    'The mock server is still starting in this page, so nothing was sent. Wait until the badge in the header says "active", then try again.',
  )
  return { status: { state: 'starting' }, send: () => Promise.reject(starting) }
}

/** The mock server when starting it failed in a way nobody planned for; says why. */
export function failedMockServer(
  error: unknown,
  workerUrl: string | null = null,
): MockServer {
  const text = error instanceof Error ? error.message : String(error)
  const reason = /[.!?]$/.test(text) ? text : `${text}.`
  return unavailable(
    {
      state: 'unavailable',
      code: 'start-failed',
      message: `The mock server failed to start: ${reason} Reload the page; the browser console says more.`,
      workerUrl,
    },
    error,
  )
}

/**
 * Starts msw's Service Worker under the build base and resolves once it controls the
 * page, or after `timeoutMs` at the latest. Never rejects: when the worker cannot
 * run, the status says why and `send` refuses, so no request escapes to the host.
 */
export async function startMockServer(
  options: MockServerOptions = {},
): Promise<MockServer> {
  let workerUrl: string | null = null
  try {
    const missing = missingSupport({
      secureContext: isSecureContext,
      serviceWorkers: 'serviceWorker' in navigator,
    })
    if (missing !== null) return unavailable(missing)
    const site: PageSite = {
      origin: location.origin,
      base: pageBase(options.base ?? import.meta.env.BASE_URL, options.documentUrl),
    }
    const workerPath = `${site.base}${WORKER_FILE}`
    workerUrl = new URL(workerPath, location.origin).href
    const desk = new ExchangeDesk()
    const worker = setupWorker(monolithHandler({ site, desk, handle: handleRequest }))
    const start = worker.start({
      serviceWorker: { url: workerPath, options: { scope: site.base } },
      onUnhandledRequest: 'bypass',
      quiet: true,
    })
    const timeoutMs = options.timeoutMs ?? START_TIMEOUT_MS
    const outcome = await within(start, timeoutMs)
    if (outcome.kind === 'refused')
      return unavailable(workerFailed(workerUrl), outcome.cause)
    if (outcome.kind === 'timeout')
      return unavailable(workerTimedOut(workerUrl, timeoutMs))
    return activeServer(site, desk, workerUrl)
  } catch (error) {
    return failedMockServer(error, workerUrl)
  }
}

/**
 * The base as an absolute folder path on this site. Vite's relative base (`./` or
 * empty) is resolved against the page's address, which is right wherever a relative
 * build works at all: at its own folder, since a deeper route would not find its
 * scripts either.
 */
export function pageBase(base: string, documentUrl: string = document.baseURI): string {
  const folder = base === '' ? './' : base.endsWith('/') ? base : `${base}/`
  const url = new URL(folder, documentUrl)
  const pageOrigin = new URL(documentUrl).origin
  if (url.origin !== pageOrigin) {
    throw new BouncerError(
      'transport.foreign-base',
      `The site was built with base "${base}", on another origin than this page (${pageOrigin}), and the mock server's Service Worker must come from the page's own site. Build it with an absolute base on this site, such as /course/auth/ (vite build --base /course/auth/).`,
    )
  }
  return url.pathname
}

function activeServer(site: PageSite, desk: ExchangeDesk, workerUrl: string): MockServer {
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

/** How worker.start() ended, or that it had not ended in time. */
type StartOutcome =
  | { readonly kind: 'started' }
  | { readonly kind: 'refused'; readonly cause: unknown }
  | { readonly kind: 'timeout' }

/**
 * How `start` settled within `timeoutMs`. A late answer is still logged, so a worker
 * that starts after the page gave up on it, or fails then, is never lost silently.
 */
async function within(start: Promise<unknown>, timeoutMs: number): Promise<StartOutcome> {
  const settled = start.then(
    (): StartOutcome => ({ kind: 'started' }),
    (cause: unknown): StartOutcome => ({ kind: 'refused', cause }),
  )
  let timer: ReturnType<typeof setTimeout> | undefined
  const timedOut = new Promise<StartOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs)
  })
  const outcome = await Promise.race([settled, timedOut])
  clearTimeout(timer)
  if (outcome.kind === 'timeout') {
    void settled.then((late) => {
      if (late.kind === 'started') {
        log.warn(
          'The Service Worker became active after the page gave up on it; reload the page to use the mock server.',
        )
      } else if (late.kind === 'refused') {
        log.warn('The Service Worker failed after the page gave up on it.', late.cause)
      }
    })
  }
  return outcome
}

function workerTimedOut(workerUrl: string, timeoutMs: number): UnavailableStatus {
  return {
    state: 'unavailable',
    code: 'worker-timeout',
    message:
      `The Service Worker did not start: ${workerUrl} was still not in control of this ` +
      `page after ${timeoutMs / 1000} s, so the mock server cannot answer. Reload the ` +
      'page. If it still does not start, check that this browser allows service workers ' +
      'for this site: private windows and some privacy settings block them.',
    workerUrl,
  }
}

function unavailable(status: UnavailableStatus, cause?: unknown): MockServer {
  if (cause === undefined) log.warn(status.message)
  else log.warn(status.message, cause)
  return { status, send: () => Promise.reject(refusal(status)) }
}

function refusal(status: UnavailableStatus): BouncerError {
  return new BouncerError('transport.mock-unavailable', status.message, { cause: status })
}
