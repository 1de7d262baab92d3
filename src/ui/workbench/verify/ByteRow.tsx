interface ByteRowProps {
  readonly bytes: Uint8Array
  /** The byte to mark, counted from 0; null marks none. */
  readonly mark: number | null
  readonly label: string
}

/** Bytes as hex pairs, one marked, e.g. the first one that differs from the other row. */
export function ByteRow({ bytes, mark, label }: ByteRowProps) {
  return (
    <code className="mono byte-row" aria-label={label}>
      {Array.from(bytes, (byte, index) => {
        const text = byte.toString(16).padStart(2, '0')
        return index === mark ? (
          <mark key={index} title={`byte ${index}: the first that differs`}>
            {text}
          </mark>
        ) : (
          <span key={index}>{text}</span>
        )
      })}
      {mark !== null && mark >= bytes.length ? (
        <mark title={`byte ${mark}: missing here`}>··</mark>
      ) : null}
    </code>
  )
}

/** Bytes as lowercase hex, e.g. for a byte the message names. */
export function hexByte(byte: number | undefined): string {
  return byte === undefined ? 'nothing' : byte.toString(16).padStart(2, '0')
}
