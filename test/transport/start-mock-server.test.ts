import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  pageBase,
  startingMockServer,
  startMockServer,
} from '../../src/transport/start-mock-server'

const workers = vi.hoisted(() => ({ setupWorker: vi.fn() }))
vi.mock('msw/browser', () => workers)

const PAGE = 'https://learner.github.io/course/auth/index.html'
const REQUEST = {
  method: 'GET',
  url: 'https://example.com/profile',
  headers: [],
  body: '',
}

/** A worker whose start() answers with `started`, recording how it was asked to start. */
function workerStarting(started: Promise<unknown>) {
  const start = vi.fn(() => started)
  workers.setupWorker.mockReturnValue({ start })
  return start
}

beforeEach(() => {
  vi.stubGlobal('isSecureContext', true)
  vi.stubGlobal('location', { origin: 'https://learner.github.io' })
  vi.stubGlobal('document', { baseURI: PAGE })
  vi.stubGlobal('navigator', { serviceWorker: { controller: {} } })
  vi.stubGlobal('fetch', vi.fn())
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  vi.spyOn(console, 'info').mockImplementation(() => undefined)
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  workers.setupWorker.mockReset()
})

describe('pageBase', () => {
  it('keeps an absolute base, and reads a relative one from the page’s folder', () => {
    expect(pageBase('/course/auth/', PAGE)).toBe('/course/auth/')
    expect(pageBase('./', PAGE)).toBe('/course/auth/')
    expect(pageBase('', 'https://learner.github.io/course/auth/')).toBe('/course/auth/')
    expect(pageBase('/course/auth', PAGE)).toBe('/course/auth/')
  })

  it('refuses a base on another origin, saying how to build the site instead', () => {
    expect(() => pageBase('https://cdn.example/auth/', PAGE)).toThrow(
      expect.objectContaining({
        code: 'transport.foreign-base',
        message: expect.stringContaining(
          'Build it with an absolute base on this site, such as /course/auth/',
        ),
      }),
    )
  })
})

describe('startMockServer', () => {
  it('registers the worker from a relative base’s folder and becomes active', async () => {
    const start = workerStarting(Promise.resolve())

    const { status } = await startMockServer({ base: './', documentUrl: PAGE })

    expect(start.mock.calls[0]).toMatchObject([
      {
        serviceWorker: {
          url: '/course/auth/mockServiceWorker.js',
          options: { scope: '/course/auth/' },
        },
      },
    ])
    expect(status).toEqual({
      state: 'active',
      workerUrl: 'https://learner.github.io/course/auth/mockServiceWorker.js',
      scope: 'https://learner.github.io/course/auth/',
    })
  })

  it('gives up after the time limit, says the Service Worker did not start, and sends nothing', async () => {
    vi.useFakeTimers()
    workerStarting(new Promise(() => undefined))

    const starting = startMockServer({ base: '/course/auth/', timeoutMs: 10_000 })
    await vi.advanceTimersByTimeAsync(10_000)
    const { status, send } = await starting

    expect(status).toEqual({
      state: 'unavailable',
      code: 'worker-timeout',
      message:
        'The Service Worker did not start: https://learner.github.io/course/auth/mockServiceWorker.js ' +
        'was still not in control of this page after 10 s, so the mock server cannot answer. ' +
        'Reload the page. If it still does not start, check that this browser allows service ' +
        'workers for this site: private windows and some privacy settings block them.',
      workerUrl: 'https://learner.github.io/course/auth/mockServiceWorker.js',
    })
    await expect(send(REQUEST, {} as never, 0)).rejects.toMatchObject({
      code: 'transport.mock-unavailable',
    })
    expect(fetch).not.toHaveBeenCalled()
  })

  it('still logs a worker that answers after the page gave up on it', async () => {
    vi.useFakeTimers()
    let lateStart: () => void = () => undefined
    workerStarting(new Promise<void>((resolve) => (lateStart = resolve)))

    const starting = startMockServer({ base: '/course/auth/', timeoutMs: 10_000 })
    await vi.advanceTimersByTimeAsync(10_000)
    await starting
    lateStart()
    await vi.advanceTimersByTimeAsync(0)

    expect(console.warn).toHaveBeenLastCalledWith(
      '[bouncer]',
      'The Service Worker became active after the page gave up on it; reload the page to use the mock server.',
    )
  })

  it('says the worker could not be registered when start() rejects', async () => {
    workerStarting(Promise.reject(new Error('Failed to register a ServiceWorker')))

    const { status } = await startMockServer({ base: '/course/auth/' })

    expect(status).toMatchObject({
      state: 'unavailable',
      code: 'worker-failed',
      workerUrl: 'https://learner.github.io/course/auth/mockServiceWorker.js',
    })
  })

  it('turns a throw while setting the worker up into a status, never a rejection', async () => {
    workers.setupWorker.mockImplementation(() => {
      throw new TypeError('setupWorker needs a browser')
    })

    const { status } = await startMockServer({ base: '/course/auth/' })

    expect(status).toEqual({
      state: 'unavailable',
      code: 'start-failed',
      message:
        'The mock server failed to start: setupWorker needs a browser. Reload the page; the browser console says more.',
      workerUrl: 'https://learner.github.io/course/auth/mockServiceWorker.js',
    })
  })

  it('turns a base it cannot use into a status that says how to build the site', async () => {
    const { status } = await startMockServer({
      base: 'https://cdn.example/auth/',
      documentUrl: PAGE,
    })

    expect(status).toMatchObject({
      state: 'unavailable',
      code: 'start-failed',
      workerUrl: null,
    })
    expect(workers.setupWorker).not.toHaveBeenCalled()
  })
})

describe('startingMockServer', () => {
  it('refuses to send while the worker starts, saying to wait for the badge', async () => {
    await expect(
      startingMockServer().send(REQUEST, {} as never, 0),
    ).rejects.toMatchObject({
      code: 'transport.mock-starting',
      message:
        'The mock server is still starting in this page, so nothing was sent. Wait until the badge in the header says "active", then try again.',
    })
  })
})
