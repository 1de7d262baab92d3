import { useId, useRef } from 'react'
import { CopyButton } from './CopyButton'

interface CopyableTextProps {
  /** The field's label, which also names the copy button ("Copy <label>"). */
  readonly label: string
  readonly text: string
  readonly rows?: number
}

/**
 * A read-only text (a key, a token, a link) with a button that copies it, or
 * selects it when the browser refuses the clipboard.
 */
export function CopyableText({ label, text, rows = 4 }: CopyableTextProps) {
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  return (
    <div className="copyable-text">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        className="mono"
        rows={rows}
        readOnly
        spellCheck={false}
        value={text}
      />
      <CopyButton text={text} label={`Copy ${label}`} field={field} />
    </div>
  )
}
