import type { JweDescription } from '../../../jwt/jwe/describe-jwe'

/**
 * What a JWE shows without its key: the protected header as sent and explained
 * line by line, the five parts named with their sizes, and why the claims stay
 * unreadable. Parts 2 to 5 are bytes and are never read as JSON.
 */
export function JweAnatomy({ jwe }: { readonly jwe: JweDescription }) {
  return (
    <div className="jwe-anatomy">
      <h4>Protected header</h4>
      <p>
        The only part anyone can read: base64url JSON, like a signed token&rsquo;s header.
        It says how the content was encrypted, not what it says.
      </p>
      <pre className="json mono part-box-header">{jwe.headerText}</pre>
      <table>
        <caption className="visually-hidden">Protected header parameters</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {jwe.rows.map((row) => (
            <tr key={row.name}>
              <th scope="row" className="mono">
                {row.name}
              </th>
              <td className="mono breakable">{row.value}</td>
              <td>{row.explanation ?? 'Not a registered parameter.'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>The five parts</h4>
      <table>
        <caption className="visually-hidden">
          The five parts of this JWE, with sizes
        </caption>
        <thead>
          <tr>
            <th scope="col">Part</th>
            <th scope="col">Size</th>
            <th scope="col">What it is</th>
          </tr>
        </thead>
        <tbody>
          {jwe.segments.map((segment) => (
            <tr key={segment.index}>
              <th scope="row">
                {segment.index + 1}.{' '}
                <span className={`part-chip part-${segment.name}`}>{segment.label}</span>
              </th>
              <td>
                {segment.byteLength === null
                  ? 'not valid base64url'
                  : `${segment.byteLength} bytes`}
                {segment.text === '' ? ` ${segment.display}` : ''}
              </td>
              <td>{segment.explanation}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Why the claims cannot be read without the key</h4>
      <p className="note note-important">{jwe.unreadable}</p>
      {jwe.findings.length === 0 ? null : (
        <ul aria-label="Worth knowing about this JWE">
          {jwe.findings.map((finding) => (
            <li key={finding}>{finding}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
