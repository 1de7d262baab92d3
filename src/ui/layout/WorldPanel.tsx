import type { ReactNode } from 'react'
import { useBouncer } from '../../store/bouncer-context'
import { selectWorldStatus } from '../../store/selectors'
import { Panel } from './Panel'

interface WorldPanelProps {
  /** The heading, which is also the region's accessible name. */
  readonly title: string
  /** Whether the panel spans the whole row. */
  readonly wide?: boolean
  readonly children: ReactNode
}

/**
 * A panel that shows part of the world. When the open lesson's world could not be
 * made, it says the flows cannot run instead of waiting forever; the reason is
 * said once, in the lesson column, not again in every panel.
 */
export function WorldPanel({ title, wide = false, children }: WorldPanelProps) {
  const failed = useBouncer((state) => selectWorldStatus(state) === 'failed')
  return (
    <Panel title={title} {...(wide ? { className: 'panel-wide' } : {})}>
      {failed ? (
        <p className="empty">
          Nothing to show: the flows cannot run in this window. The lesson column says
          why.
        </p>
      ) : (
        children
      )}
    </Panel>
  )
}
