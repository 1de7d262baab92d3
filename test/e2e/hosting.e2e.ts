import { afterEach, describe, expect, inject, test } from 'vitest'
import {
  fetchInPage,
  monolithRequests,
  openApp,
  pageErrors,
  servedByHost,
  workerRegistration,
} from './app'
import type { AppSession } from './app'
import { E2E_BASE, E2E_OUT_DIR } from './global-setup'
import { startStaticHost } from './static-host'
import type { StaticHost } from './static-host'

let app: AppSession | null = null
let extraHost: StaticHost | null = null
afterEach(async () => {
  await app?.close()
  await extraHost?.close()
  app = null
  extraHost = null
})

function origin(): string {
  return new URL(inject('baseUrl')).origin
}

async function noMonolithRequestReachedTheHost(): Promise<void> {
  expect((await servedByHost()).filter((path) => path.includes('/monolith/'))).toEqual([])
}

describe('the built site under /course/auth/', () => {
  test('loads without console errors and registers the worker at the base path', async () => {
    app = await openApp()
    expect(await workerRegistration(app.page)).toEqual({
      scriptUrl: `${origin()}${E2E_BASE}mockServiceWorker.js`,
      scope: `${origin()}${E2E_BASE}`,
      controlled: true,
    })
    expect(pageErrors(app.consoleLog)).toEqual([])
  })

  test('answers a request to the monolith mount in the worker, never at the static host', async () => {
    app = await openApp()
    const url = `${app.baseUrl}monolith/nope`
    const result = await fetchInPage(app.page, url)
    expect(result.status).toBe(400)
    expect(result.headers['x-bouncer-answered-by']).toBe('mock-monolith')
    expect(monolithRequests(app.requests)).toEqual([
      { method: 'GET', url, sameOrigin: true, status: 400, fromServiceWorker: true },
    ])
    await noMonolithRequestReachedTheHost()
  })

  test('carries a request the app sends through the worker to the mock monolith', async () => {
    app = await openApp()
    const url = `${app.baseUrl}monolith/profile`
    await Promise.all([
      app.page.waitForResponse(url),
      app.page.getByRole('button', { name: 'Get profile' }).click(),
    ])
    expect(monolithRequests(app.requests)).toEqual([
      { method: 'GET', url, sameOrigin: true, status: 401, fromServiceWorker: true },
    ])
    await noMonolithRequestReachedTheHost()
  })

  test('sends every request of the page to its own origin', async () => {
    app = await openApp()
    expect(app.requests.filter((request) => !request.sameOrigin)).toEqual([])
  })
})

// The four msw-hosting cases of test/conformance/cases/reported-cases.json.
describe('msw-worker-url-under-base-path', () => {
  test('registers the worker from the base path when the page opens on a deep route', async () => {
    app = await openApp({ route: 'jwt/verify' })
    expect(await workerRegistration(app.page)).toEqual({
      scriptUrl: `${origin()}${E2E_BASE}mockServiceWorker.js`,
      scope: `${origin()}${E2E_BASE}`,
      controlled: true,
    })
  })

  test('has no worker at the origin root, where msw would look by default', async () => {
    expect((await fetch(`${origin()}/mockServiceWorker.js`)).status).toBe(404)
    const atBase = await fetch(`${inject('baseUrl')}mockServiceWorker.js`)
    expect(atBase.status).toBe(200)
    expect(atBase.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  test('still renders, and names the worker URL it tried, when the worker file is missing', async () => {
    extraHost = await startStaticHost({
      root: E2E_OUT_DIR,
      base: E2E_BASE,
      missing: ['mockServiceWorker.js'],
    })
    app = await openApp({ baseUrl: extraHost.url })
    const tried = `${extraHost.url}mockServiceWorker.js`
    expect(app.consoleLog).toContainEqual({
      type: 'warning',
      text: expect.stringContaining(
        `The mock server failed to start: the Service Worker ${tried}`,
      ),
    })
    expect(app.consoleLog.filter((entry) => entry.type === 'pageerror')).toEqual([])
  })
})

describe('msw-handler-paths-under-base-path', () => {
  test('answers a base-prefixed monolith request from the worker on a deep route', async () => {
    app = await openApp({ route: 'jwt/verify' })
    const url = `${app.baseUrl}monolith/session`
    const result = await fetchInPage(app.page, url)
    expect(result.headers['x-bouncer-answered-by']).toBe('mock-monolith')
    expect(monolithRequests(app.requests)).toMatchObject([
      { url, fromServiceWorker: true },
    ])
    await noMonolithRequestReachedTheHost()
  })
})

describe('msw-first-request-before-worker-ready', () => {
  test('draws at once on a cold first visit, every sending button waiting until the worker controls the page', async () => {
    app = await openApp({
      beforeLoad: (page) =>
        page.addInitScript(() => {
          // Records, at the first render, whether a request could already be sent.
          new MutationObserver((_, observer) => {
            const badge = document.querySelector('.mock-badge')
            if (badge === null) return
            const sending = ['Next step', 'Log in', 'Get profile', 'Log out']
            const enabled = Array.from(document.querySelectorAll('button'))
              .filter((button) => sending.includes(button.textContent ?? ''))
              .filter((button) => !button.disabled)
              .map((button) => button.textContent)
            document.documentElement.dataset.firstRender = JSON.stringify({
              controlled: navigator.serviceWorker.controller !== null,
              badge: badge.textContent,
              enabled,
            })
            observer.disconnect()
          }).observe(document, { childList: true, subtree: true })
        }),
    })
    const firstRender = await app.page.evaluate(
      () => document.documentElement.dataset.firstRender,
    )
    expect(JSON.parse(firstRender ?? 'null')).toEqual({
      controlled: false,
      badge: 'Mock server: starting…',
      enabled: [],
    })
    expect(monolithRequests(app.requests).filter((r) => !r.fromServiceWorker)).toEqual([])
    await noMonolithRequestReachedTheHost()
  })
})

describe('msw-service-worker-unavailable', () => {
  test('renders without errors and says why the mock is off when Service Workers are missing', async () => {
    app = await openApp({
      beforeLoad: (page) =>
        page.addInitScript(() => {
          // What a private window of an older Firefox offers: no Service Worker API at all.
          Reflect.deleteProperty(Navigator.prototype, 'serviceWorker')
        }),
    })
    expect(app.consoleLog).toContainEqual({
      type: 'warning',
      text: expect.stringContaining(
        'The mock server needs Service Workers, which this window',
      ),
    })
    expect(app.consoleLog.filter((entry) => entry.type === 'pageerror')).toEqual([])
    expect(monolithRequests(app.requests)).toEqual([])
  })
})
