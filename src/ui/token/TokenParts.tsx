import type { DecodedToken } from '../../jwt/decode-token'

/** Words for each segment, so colour is never the only way to tell them apart. */
const PART_LABELS: Readonly<Record<string, string>> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'IV',
  ciphertext: 'ciphertext',
  tag: 'tag',
  segment: 'segment',
}

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
            data-label={PART_LABELS[part.name] ?? part.name}
            title={`Segment ${part.index + 1}: ${PART_LABELS[part.name] ?? part.name}`}
          >
            {part.text}
          </span>
        </span>
      ))}
    </p>
  )
}
