import type { MockStatus } from './mock-status'

/** The status of a mock server that cannot answer, with the reason for the learner. */
export type UnavailableStatus = Extract<MockStatus, { state: 'unavailable' }>

/** What this window offers that the Service Worker needs. */
export interface WindowSupport {
  /** `isSecureContext`: https, or http on localhost. */
  readonly secureContext: boolean
  /** `'serviceWorker' in navigator`: feature detection, never browser sniffing. */
  readonly serviceWorkers: boolean
}

/** Why the mock server cannot even try to start in this window, or null when it can. */
export function missingSupport(support: WindowSupport): UnavailableStatus | null {
  if (!support.secureContext) {
    return {
      state: 'unavailable',
      code: 'insecure-context',
      message:
        'The mock server needs Service Workers, which browsers only offer on https or on ' +
        'localhost, and this page was opened over plain http on another address. Open ' +
        'it over https or on localhost. Signature checks need the same: the browser ' +
        'hides its crypto.subtle API on such pages too.',
      workerUrl: null,
    }
  }
  if (!support.serviceWorkers) {
    return {
      state: 'unavailable',
      code: 'no-service-worker',
      message:
        'The mock server needs Service Workers, which this window does not offer (some ' +
        'browsers hide them in private windows, or a setting blocks them). Open the ' +
        'page in a normal window to send requests; the token tools work without it.',
      workerUrl: null,
    }
  }
  return null
}

/**
 * The status when the worker script at `workerUrl` could not be registered or started.
 * msw's own reason speaks to developers (`npx msw init`), so it goes to the console.
 */
export function workerFailed(workerUrl: string): UnavailableStatus {
  return {
    state: 'unavailable',
    code: 'worker-failed',
    message:
      `The mock server failed to start: the Service Worker ${workerUrl} could not be ` +
      'registered. Check that this file is deployed next to index.html, then reload ' +
      'the page; the browser console says more.',
    workerUrl,
  }
}

/** The status when the worker runs but does not control this page, so requests would escape it. */
export function workerNotControlling(workerUrl: string): UnavailableStatus {
  return {
    state: 'unavailable',
    code: 'worker-not-controlling',
    message:
      `The mock server's Service Worker (${workerUrl}) is not in control of this page, ` +
      'so requests would go to the real host instead of the mock. This happens after a ' +
      'hard reload, which bypasses Service Workers. Reload the page normally.',
    workerUrl,
  }
}
