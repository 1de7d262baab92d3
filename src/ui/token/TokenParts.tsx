import type { DecodedToken } from '../../jwt/decode-token'
import { PART_LABELS } from '../workbench/decoded/part-labels'

/**
 * The compact token exactly as sent, each segment coloured and labelled like its
 * decoded panel. Labels are CSS-generated, so copying the text copies the token.
 */
export function TokenParts({ decoded }: { readonly decoded: DecodedToken }) {
  return (
    <p className="token-raw mono" aria-label="Token as sent, segment by segment">
      {decoded.parts.map((part) => (
        <span key={part.index}>
          {part.index > 0 ? <span className="token-dot">.</span> : null}
          <span
            className={`token-part part-${part.name}`}
            data-label={PART_LABELS[part.name]}
            title={`Segment ${part.index + 1}: ${PART_LABELS[part.name]}`}
          >
            {part.text}
          </span>
        </span>
      ))}
    </p>
  )
}
