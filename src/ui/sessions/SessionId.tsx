import { shortId } from '../../trace/short-id'

/** A session id shortened for the table, with the full id on hover and on demand. */
export function SessionId({ id }: { readonly id: string }) {
  const short = shortId(id)
  if (short === id) return <code className="mono">{id}</code>
  return (
    <details className="session-id">
      <summary title={id}>
        <code className="mono">{short}</code>
      </summary>
      <code className="mono breakable">{id}</code>
    </details>
  )
}
