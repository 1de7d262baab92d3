import { useId } from 'react'
import type { ReactNode } from 'react'
import { ErrorBoundary } from './ErrorBoundary'

interface PanelProps {
  /** The heading, which is also the region's accessible name. */
  readonly title: string
  readonly className?: string
  readonly children: ReactNode
}

/** A titled region of the main area; a failure inside it stays inside it. */
export function Panel({ title, className, children }: PanelProps) {
  const headingId = useId()
  return (
    <section
      className={className === undefined ? 'panel' : `panel ${className}`}
      aria-labelledby={headingId}
    >
      <h2 id={headingId}>{title}</h2>
      <ErrorBoundary panel={title}>{children}</ErrorBoundary>
    </section>
  )
}
