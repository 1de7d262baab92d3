import { useDeferredValue, useId, useMemo, useRef } from 'react'
import { readJsonObject, type EditedPart } from '../../../jwt/sign/edited-json'

interface JsonBoxProps {
  /** The field's label, e.g. "Header (JSON)". */
  readonly label: string
  readonly part: EditedPart
  readonly value: string
  readonly onChange: (text: string) => void
  readonly rows?: number
}

/**
 * A textarea for a JSON object with its first fault named by line and column
 * as the learner types, and a button that puts the cursor on it. Reading
 * trails the keystrokes, so typing never waits for it.
 */
export function JsonBox({ label, part, value, onChange, rows = 6 }: JsonBoxProps) {
  const id = useId()
  const field = useRef<HTMLTextAreaElement>(null)
  const deferred = useDeferredValue(value)
  const read = useMemo(() => readJsonObject(deferred, part), [deferred, part])
  const error = read.ok ? null : read.error
  const warnings = read.ok ? read.warnings : []

  function showError() {
    if (error === null || field.current === null) return
    field.current.focus()
    field.current.setSelectionRange(error.offset, error.offset + 1)
  }

  return (
    <div className={`json-box part-box-${part}`}>
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        ref={field}
        className="mono"
        rows={rows}
        spellCheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={error !== null}
        aria-describedby={`${id}-notes`}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={`${id}-notes`}>
        {error === null ? null : (
          <p className="field-error">
            {error.message}{' '}
            <button type="button" onClick={showError}>
              Show line {error.line}, column {error.column}
            </button>
          </p>
        )}
        {warnings.map((warning) => (
          <p key={warning} className="note">
            {warning}
          </p>
        ))}
      </div>
    </div>
  )
}
