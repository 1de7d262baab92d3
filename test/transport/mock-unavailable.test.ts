import { describe, expect, test } from 'vitest'
import {
  missingSupport,
  workerFailed,
  workerNotControlling,
} from '../../src/transport/mock-unavailable'

// Reported cases msw-service-worker-unavailable and msw-worker-url-under-base-path.
describe('missingSupport', () => {
  test('lets a secure window with Service Workers try to start', () => {
    expect(missingSupport({ secureContext: true, serviceWorkers: true })).toBeNull()
  })

  test('explains that plain http on another address needs https or localhost', () => {
    expect(missingSupport({ secureContext: false, serviceWorkers: false })).toMatchObject(
      {
        state: 'unavailable',
        code: 'insecure-context',
        message: expect.stringMatching(/Open it over https or on localhost/),
        workerUrl: null,
      },
    )
  })

  test('explains that this window offers no Service Workers, and what still works', () => {
    expect(missingSupport({ secureContext: true, serviceWorkers: false })).toMatchObject({
      state: 'unavailable',
      code: 'no-service-worker',
      message: expect.stringMatching(/the token tools work without it/),
      workerUrl: null,
    })
  })
})

describe('workerFailed', () => {
  test('names the worker URL it tried, so a wrong deployment path shows', () => {
    const tried = 'https://learner.github.io/mockServiceWorker.js'
    expect(workerFailed(tried)).toEqual({
      state: 'unavailable',
      code: 'worker-failed',
      message:
        'The mock server failed to start: the Service Worker ' +
        'https://learner.github.io/mockServiceWorker.js could not be registered. Check ' +
        'that this file is deployed next to index.html, then reload the page; the ' +
        'browser console says more.',
      workerUrl: tried,
    })
  })
})

describe('workerNotControlling', () => {
  test('tells the learner to reload normally after a hard reload', () => {
    expect(workerNotControlling('https://localhost/mockServiceWorker.js')).toMatchObject({
      code: 'worker-not-controlling',
      message: expect.stringMatching(/Reload the page normally\.$/),
    })
  })
})
