import { useId } from 'react'
import type { ReactNode } from 'react'

/** One way to read a typed secret, as its radio button offers it. */
export interface SecretEncodingOption<Encoding extends string> {
  /** The value the caller's key reader takes, e.g. `utf8`. */
  readonly value: Encoding
  /** The radio button's words, which are also its accessible name. */
  readonly label: string
}

interface SecretEncodingChoiceProps<Encoding extends string> {
  /** The group's name, e.g. "Read the secret as". */
  readonly legend: string
  readonly options: readonly SecretEncodingOption<Encoding>[]
  readonly value: Encoding
  readonly onChange: (value: Encoding) => void
  /** Further settings about reading the secret, shown inside the same group. */
  readonly children?: ReactNode
}

/**
 * Radio buttons that say how a typed secret becomes HMAC key bytes: as its UTF-8
 * text, or as the bytes it encodes. The same characters give different keys, so
 * every secret field asks; callers keep their own values, since the token box
 * and the workbench's key readers name the byte reading differently.
 */
export function SecretEncodingChoice<Encoding extends string>({
  legend,
  options,
  value,
  onChange,
  children,
}: SecretEncodingChoiceProps<Encoding>) {
  const name = useId()
  return (
    <fieldset className="secret-encoding">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
      {children}
    </fieldset>
  )
}
