import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { forgetSavedProgress } from '../store/saved-progress'
import type { ProgressStorage } from '../store/saved-progress'
import type { MockStatus } from '../transport/mock-status'
import { failedMockServer, startingMockServer } from '../transport/start-mock-server'
import type { MockServer } from '../transport/start-mock-server'
import type { SendToServer } from '../world/send-to-server'
import { App } from './App'
import { AppErrorBoundary } from './layout/AppErrorBoundary'

/** What the page offers the app around it. */
export interface MountOptions {
  /** Where progress is saved: the page's localStorage, or null when blocked. */
  readonly storage: ProgressStorage | null
  /** Loads the page again, for the fallback's Reload button. */
  readonly reload: () => void
}

/**
 * Draws the app at once, with the mock server "starting", and again when `started`
 * settles. Until then the app's `send` refuses, so nothing is sent before the
 * worker controls the page; a start that rejects still ends as a status on screen.
 */
export function mountApp(
  root: Root,
  started: Promise<MockServer>,
  { storage, reload }: MountOptions,
): void {
  let current = startingMockServer()
  // The store reads `send` once; this one always asks the latest mock server.
  const send: SendToServer = (request, server, now) => current.send(request, server, now)
  const forgetProgress = () => {
    if (storage !== null) forgetSavedProgress(storage)
  }
  const draw = (status: MockStatus) =>
    root.render(
      <StrictMode>
        <AppErrorBoundary reload={reload} forgetProgress={forgetProgress}>
          <App mock={status} send={send} storage={storage} />
        </AppErrorBoundary>
      </StrictMode>,
    )
  const settle = (server: MockServer) => {
    current = server
    draw(server.status)
  }
  draw(current.status)
  started.then(settle, (error: unknown) => settle(failedMockServer(error)))
}
