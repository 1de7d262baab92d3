import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { log } from '../../log/log'

interface AppErrorBoundaryProps {
  /** Loads the page again; saved progress is kept. */
  readonly reload: () => void
  /** Forgets saved progress, for when restoring it is what fails. */
  readonly forgetProgress: () => void
  readonly children: ReactNode
}

interface AppErrorBoundaryState {
  readonly error: Error | null
}

/**
 * The last line of defence around the whole page, header included: instead of a
 * blank screen, it says what failed and offers Reload, which keeps the progress
 * saved in this browser, or Start over, which forgets it.
 */
export class AppErrorBoundary extends Component<
  AppErrorBoundaryProps,
  AppErrorBoundaryState
> {
  override state: AppErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): AppErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    log.error('The page failed and shows its fallback.', error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    const { reload, forgetProgress } = this.props
    return (
      <main className="app-failure" role="alert">
        <h1>Bouncer stopped working</h1>
        <p>
          The page failed while drawing itself: <code>{error.message}</code>
        </p>
        <p>
          Your progress is saved in this browser. Reload to continue where you were. If
          the same failure comes back, Start over forgets the saved progress and begins
          again from the first lesson.
        </p>
        <p className="button-row">
          <button type="button" className="primary" onClick={reload}>
            Reload
          </button>
          <button
            type="button"
            onClick={() => {
              forgetProgress()
              reload()
            }}
          >
            Start over
          </button>
        </p>
      </main>
    )
  }
}
