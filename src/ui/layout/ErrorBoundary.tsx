import { Component } from 'react'
import type { ErrorInfo, ReactNode } from 'react'
import { log } from '../../log/log'

interface ErrorBoundaryProps {
  /** Names the panel in the log, so a report says which one failed. */
  readonly panel: string
  readonly children: ReactNode
}

interface ErrorBoundaryState {
  readonly error: Error | null
}

/**
 * Contains a failing panel: it shows the message and a Retry button while every
 * other panel keeps working. React offers this only as a class component.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    log.error(`The ${this.props.panel} panel failed.`, error, info.componentStack)
  }

  override render(): ReactNode {
    const { error } = this.state
    if (error === null) return this.props.children
    return (
      <div className="panel-failure" role="alert">
        <p>This panel failed: {error.message}</p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Retry
        </button>
      </div>
    )
  }
}
