import type { TokenPart } from '../../../jwt/decode-token'
import { PART_LABELS } from './part-labels'

interface RawTokenProps {
  readonly parts: readonly TokenPart[]
  /** Segments that differ from the token they were copied from, named "(changed)". */
  readonly changed?: ReadonlySet<number>
  readonly label?: string
}

/**
 * A compact token exactly as given, each segment in its part's colour and named
 * in words, the same colours as the decoded panels. The names (and "empty" for an
 * empty segment) are CSS-generated, so copying the text copies the token alone.
 */
export function RawToken({
  parts,
  changed,
  label = 'Token as sent, segment by segment',
}: RawTokenProps) {
  return (
    <p className="token-raw mono" aria-label={label}>
      {parts.map((part) => {
        const name = PART_LABELS[part.name]
        const isChanged = changed?.has(part.index) === true
        const shown = isChanged ? `${name} (changed)` : name
        return (
          <span key={part.index}>
            {part.index > 0 ? <span className="token-dot">.</span> : null}
            <span
              className={`token-part part-${part.name}${isChanged ? ' part-changed' : ''}`}
              data-label={shown}
              data-empty={part.text === '' ? 'true' : undefined}
              title={`Segment ${part.index + 1}: ${shown}${part.text === '' ? ', empty' : ''}`}
            >
              {part.text}
            </span>
          </span>
        )
      })}
    </p>
  )
}
