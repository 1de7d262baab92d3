/** How many characters of a session id are enough to tell rows apart at a glance. */
const SHORT_LENGTH = 8

/** A session id shortened for the table, with the full id on hover and on demand. */
export function SessionId({ id }: { readonly id: string }) {
  if (id.length <= SHORT_LENGTH) return <code className="mono">{id}</code>
  return (
    <details className="session-id">
      <summary title={id}>
        <code className="mono">{id.slice(0, SHORT_LENGTH)}…</code>
      </summary>
      <code className="mono breakable">{id}</code>
    </details>
  )
}
