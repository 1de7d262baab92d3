import { useState } from 'react'
import type { RefObject } from 'react'

interface CopyButtonProps {
  /** The exact text to copy. */
  readonly text: string
  /** The button's words, e.g. "Copy link"; also its accessible name. */
  readonly label: string
  /** The field showing `text`, selected when the browser refuses the clipboard. */
  readonly field: RefObject<HTMLInputElement | HTMLTextAreaElement | null>
}

type CopyState = 'idle' | 'copied' | 'selected'

/**
 * Copies text to the clipboard. The Clipboard API is missing on pages that are
 * not https or localhost and can be refused by permission policy; then the
 * field is selected instead and the learner is told to press the shortcut.
 */
export function CopyButton({ text, label, field }: CopyButtonProps) {
  const [state, setState] = useState<{ copy: CopyState; text: string }>({
    copy: 'idle',
    text,
  })
  // A result about an older text would be a false promise.
  const shown = state.text === text ? state.copy : 'idle'

  async function copy() {
    try {
      if (navigator.clipboard === undefined) throw new Error('no Clipboard API')
      await navigator.clipboard.writeText(text)
      setState({ copy: 'copied', text })
    } catch {
      field.current?.focus()
      field.current?.select()
      setState({ copy: 'selected', text })
    }
  }

  return (
    <span className="copy-button">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>{' '}
      <span role="status" className="muted">
        {shown === 'copied' ? 'Copied.' : null}
        {shown === 'selected'
          ? 'The browser refused the clipboard, so the text is selected: press Ctrl+C (⌘C on a Mac) to copy it.'
          : null}
      </span>
    </span>
  )
}
