/**
 * The signing input as received, `header.payload`, in the parts' colours and
 * named in words; the bytes verified are exactly these characters.
 */
export function SigningInput({ text }: { readonly text: string }) {
  const dot = text.indexOf('.')
  const header = dot === -1 ? text : text.slice(0, dot)
  const payload = dot === -1 ? '' : text.slice(dot + 1)
  return (
    <code className="mono breakable token-raw signing-input">
      <span className="token-part part-header" data-label="header">
        {header}
      </span>
      <span className="token-dot">.</span>
      <span className="token-part part-payload" data-label="payload">
        {payload}
      </span>
    </code>
  )
}
