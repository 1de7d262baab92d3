import type { ReactNode } from 'react'
import type { FieldRow } from '../../../jwt/claims'
import type { PartName } from '../../../jwt/token-problem'
import { ClaimsTable } from '../../token/ClaimsTable'
import { PART_LABELS } from './part-labels'
import { reindentJson } from './reindent-json'

interface PartSectionProps {
  readonly part: PartName
  /** What the part is for, after its name: "algorithm and type". */
  readonly title: string
  /** The decoded text exactly as received; laid out over lines, never re-serialized. */
  readonly jsonText: string | null
  readonly rows: readonly FieldRow[] | null
  readonly caption: string
  /** Whether the rows carry times (claims placed on the workbench clock). */
  readonly withTimes?: boolean
  readonly children?: ReactNode
}

/** One decoded part in its colour: its JSON as received, then each field explained. */
export function PartSection({
  part,
  title,
  jsonText,
  rows,
  caption,
  withTimes = false,
  children,
}: PartSectionProps) {
  return (
    <div className={`token-section part-box-${part}`}>
      <h4>
        <span className={`part-chip part-${part}`}>{PART_LABELS[part]}</span> {title}
      </h4>
      {children}
      {jsonText === null ? null : (
        <pre className="json" aria-label={`${PART_LABELS[part]} JSON as received`}>
          {reindentJson(jsonText)}
        </pre>
      )}
      {rows === null ? null : (
        <ClaimsTable caption={caption} rows={rows} withTimes={withTimes} />
      )}
    </div>
  )
}
