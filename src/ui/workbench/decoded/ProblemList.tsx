import type { DecodedToken } from '../../../jwt/decode-token'
import type { TokenProblem } from '../../../jwt/token-problem'
import { PART_LABELS } from './part-labels'

const CONTEXT = 12
const VISIBLE: Readonly<Record<string, string>> = {
  ' ': '␠',
  '\n': '↵',
  '\r': '␍',
  '\t': '⇥',
}

/**
 * What the decoder removed around the pasted text, and each thing wrong with it:
 * the part, the character counted from 1 in the text as pasted, the message, and
 * the text around that character with the character marked.
 */
export function ProblemList({ decoded }: { readonly decoded: DecodedToken }) {
  const { notices, problems, canonicalToken, input } = decoded
  if (notices.length === 0 && problems.length === 0) return null
  return (
    <div className="token-problems">
      {notices.length === 0 ? null : (
        <ul className="notices" aria-label="Removed before decoding">
          {notices.map((notice) => (
            <li key={notice.code}>Note: {notice.message}</li>
          ))}
        </ul>
      )}
      {problems.length === 0 ? null : (
        <ul className="problems" aria-label="Problems with this token">
          {problems.map((problem, index) => (
            <li key={index}>
              <strong>
                {PART_LABELS[problem.part]}
                {problem.position === undefined ? '' : `, character ${problem.position}`}:
              </strong>{' '}
              {problem.message}
              <Excerpt input={input} problem={problem} />
            </li>
          ))}
        </ul>
      )}
      {canonicalToken === null ? null : (
        <p>
          In strict base64url the same bytes read{' '}
          <code className="mono breakable">{canonicalToken}</code>
        </p>
      )}
    </div>
  )
}

/** The pasted text around a problem's character, the character marked; the message says it in words. */
function Excerpt({
  input,
  problem,
}: {
  readonly input: string
  readonly problem: TokenProblem
}) {
  const { offset } = problem
  if (offset === undefined || offset >= input.length) return null
  const point = input.codePointAt(offset) ?? 0
  const character = String.fromCodePoint(point)
  const start = Math.max(0, offset - CONTEXT)
  const end = Math.min(input.length, offset + character.length + CONTEXT)
  const shown = (text: string) =>
    text.replace(/[ \n\r\t]/g, (space) => VISIBLE[space] ?? space)
  return (
    <code className="mono problem-excerpt" aria-hidden="true">
      {start > 0 ? '…' : ''}
      {shown(input.slice(start, offset))}
      <mark>{shown(character)}</mark>
      {shown(input.slice(offset + character.length, end))}
      {end < input.length ? '…' : ''}
    </code>
  )
}
