import type { ReactNode } from 'react'

interface TableScrollProps {
  /** Names the scroll box for screen readers, e.g. the table's caption. */
  readonly label: string
  readonly children: ReactNode
}

/**
 * The box a wide table scrolls sideways in. It is focusable and named, so a
 * keyboard can scroll it too, and its edges shade while columns are out of view.
 * Tables marked `stacking-table` become one card per row when the box is narrow.
 */
export function TableScroll({ label, children }: TableScrollProps) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
