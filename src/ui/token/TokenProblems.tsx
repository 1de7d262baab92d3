import type { DecodedToken } from '../../jwt/decode-token'

/**
 * What the decoder changed in the pasted text, and what is wrong with it, located
 * by character counted from 1 in the text as pasted, as the messages count.
 */
export function TokenProblems({ decoded }: { readonly decoded: DecodedToken }) {
  if (decoded.notices.length === 0 && decoded.problems.length === 0) return null
  return (
    <div className="token-problems">
      {decoded.notices.length === 0 ? null : (
        <ul className="notices">
          {decoded.notices.map((notice) => (
            <li key={notice.code}>Note: {notice.message}</li>
          ))}
        </ul>
      )}
      {decoded.problems.length === 0 ? null : (
        <ul className="problems" aria-label="Problems with this token">
          {decoded.problems.map((problem, index) => (
            <li key={index}>
              <strong>{problemPlace(problem.part, problem.position)}:</strong>{' '}
              {problem.message}
            </li>
          ))}
        </ul>
      )}
      {decoded.canonicalToken === null ? null : (
        <p>
          In strict base64url the token would read{' '}
          <code className="mono breakable">{decoded.canonicalToken}</code>
        </p>
      )}
    </div>
  )
}

/** "payload, character 57"; a part the decoder could not name is left out. */
function problemPlace(part: string, position: number | undefined): string {
  const where = position === undefined ? null : `character ${position}`
  if (part === 'segment' || part === 'token') return where ?? part
  return where === null ? part : `${part}, ${where}`
}
