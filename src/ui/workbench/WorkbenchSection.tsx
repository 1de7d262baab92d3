import { useId } from 'react'
import type { ReactNode } from 'react'
import { ErrorBoundary } from '../layout/ErrorBoundary'

interface WorkbenchSectionProps {
  /** The heading, which is also the region's accessible name. */
  readonly title: string
  readonly children: ReactNode
}

/** One titled region of the workbench; a failure inside it stays inside it. */
export function WorkbenchSection({ title, children }: WorkbenchSectionProps) {
  const headingId = useId()
  return (
    <section className="panel workbench-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <ErrorBoundary panel={`Workbench: ${title}`}>{children}</ErrorBoundary>
    </section>
  )
}
