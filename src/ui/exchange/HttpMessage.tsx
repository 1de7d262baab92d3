import type { HttpLine } from '../../trace/format-http'
import { isCredentialHeader } from '../../trace/format-http'

interface HttpMessageProps {
  /** Names the block for screen readers, e.g. "Request as sent". */
  readonly label: string
  readonly lines: readonly HttpLine[]
}

/**
 * Raw HTTP text, one line per line, selectable as it would be copied from a
 * terminal. Login headers are marked, but the text itself is never altered.
 */
export function HttpMessage({ label, lines }: HttpMessageProps) {
  return (
    <pre className="http-message" aria-label={label} tabIndex={0}>
      <code>
        {lines.map((line, index) => (
          <HttpLineText key={index} line={line} />
        ))}
      </code>
    </pre>
  )
}

function HttpLineText({ line }: { readonly line: HttpLine }) {
  if (line.kind === 'header' && isCredentialHeader(line.name)) {
    return (
      <>
        <mark className="http-credential">{line.text}</mark>
        {'\n'}
      </>
    )
  }
  return (
    <span className={`http-${line.kind}`}>
      {line.text}
      {'\n'}
    </span>
  )
}
