import type { Page } from 'playwright-core'
import { afterEach, expect, inject } from 'vitest'
import { launchChromium } from './chromium'
import type { ChromiumSession, ConsoleEntry, RecordedRequest } from './chromium'

/** The built app open in a fresh Chromium. */
export interface AppSession extends ChromiumSession {
  /** The site's address with its base path, e.g. `http://127.0.0.1:4711/course/auth/`. */
  readonly baseUrl: string
}

/** Where to open the app, and what to arrange before its first script runs. */
export interface OpenAppOptions {
  /** A client route relative to the base, e.g. `jwt/verify`; the base itself by default. */
  readonly route?: string
  /** Another host's address for the same build (see startStaticHost); the shared one by default. */
  readonly baseUrl?: string
  /** Runs before navigation, e.g. to add an init script. */
  readonly beforeLoad?: (page: Page) => Promise<unknown>
}

/** What a fetch() from inside the page received. */
export interface PageFetchResult {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/**
 * Opens the built app in a fresh Chromium profile (a cold first visit) and waits
 * until the mock server has settled: the page draws at once with the badge saying
 * "starting…", and the badge changes once the worker controls the page or the page
 * gave up on it.
 */
export async function openApp(options: OpenAppOptions = {}): Promise<AppSession> {
  const baseUrl = options.baseUrl ?? inject('baseUrl')
  const session = await launchChromium(new URL(baseUrl).origin)
  try {
    await options.beforeLoad?.(session.page)
    await session.page.goto(new URL(options.route ?? '', baseUrl).href)
    await session.page.waitForFunction(
      () => document.querySelector('.mock-badge:not(.mock-starting)') !== null,
    )
  } catch (error) {
    await session.close()
    throw error
  }
  return { ...session, baseUrl }
}

/**
 * Watches the apps a test opens: once the test ends, each must have a clean console,
 * apart from the monolith's deliberate refusals, and pass `check`; then all close,
 * even when one fails. Returns the function that hands it an app to watch.
 */
export function closeAfterEachTest(
  check: (app: AppSession) => void = () => undefined,
): (app: AppSession) => AppSession {
  let opened: AppSession[] = []
  afterEach(async () => {
    const apps = opened
    opened = []
    const failures: unknown[] = []
    for (const app of apps) {
      try {
        expect(unexpectedPageErrors(app.consoleLog, app.requests)).toEqual([])
        check(app)
      } catch (error) {
        failures.push(error)
      } finally {
        await app.close()
      }
    }
    if (failures.length > 0) throw failures[0]
  })
  return (app) => {
    opened.push(app)
    return app
  }
}

/** Sends fetch(url) from inside the page and waits until Chromium has recorded the response. */
export async function fetchInPage(
  page: Page,
  url: string,
  init: RequestInit = {},
): Promise<PageFetchResult> {
  const [, result] = await Promise.all([
    page.waitForResponse(url),
    page.evaluate(
      async ([target, options]) => {
        const response = await fetch(target, options)
        const headers: Record<string, string> = {}
        response.headers.forEach((value, name) => void (headers[name] = value))
        return { status: response.status, headers, body: await response.text() }
      },
      [url, init] as const,
    ),
  ])
  return result
}

/** The page's Service Worker registration as the browser reports it, or null. */
export async function workerRegistration(
  page: Page,
): Promise<{ scriptUrl: string | null; scope: string; controlled: boolean } | null> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    if (registration === undefined) return null
    return {
      scriptUrl: registration.active?.scriptURL ?? null,
      scope: registration.scope,
      controlled: navigator.serviceWorker.controller !== null,
    }
  })
}

/** The requests that went to the mock monolith's mount. */
export function monolithRequests(
  requests: readonly RecordedRequest[],
): RecordedRequest[] {
  return requests.filter((request) =>
    new URL(request.url).pathname.includes('/monolith/'),
  )
}

/** Console errors and uncaught exceptions; a healthy page has none. */
export function pageErrors(consoleLog: readonly ConsoleEntry[]): ConsoleEntry[] {
  return consoleLog.filter(
    (entry) => entry.type === 'error' || entry.type === 'pageerror',
  )
}

/** Every request path the shared static host answered so far. */
export async function servedByHost(): Promise<string[]> {
  const response = await fetch(inject('servedLogUrl'))
  return (await response.json()) as string[]
}

// What Chromium prints for every fetch answered with a 4xx or 5xx status.
const REFUSED_RESOURCE =
  /^Failed to load resource: the server responded with a status of (\d+) /

/**
 * Console errors and uncaught exceptions, less the one line Chromium prints for each
 * 4xx answer the mock monolith gave on purpose (a refused /profile is a lesson, not a
 * fault). Any such line beyond the monolith's own refusals is kept.
 */
export function unexpectedPageErrors(
  consoleLog: readonly ConsoleEntry[],
  requests: readonly RecordedRequest[],
): ConsoleEntry[] {
  const refusals = new Map<string, number>()
  for (const { status, fromServiceWorker } of monolithRequests(requests)) {
    if (!fromServiceWorker || status === null || status < 400 || status > 499) continue
    refusals.set(String(status), (refusals.get(String(status)) ?? 0) + 1)
  }
  return pageErrors(consoleLog).filter((entry) => {
    const status = REFUSED_RESOURCE.exec(entry.text)?.[1]
    const left = status === undefined ? 0 : (refusals.get(status) ?? 0)
    if (status === undefined || left === 0) return true
    refusals.set(status, left - 1)
    return false
  })
}
