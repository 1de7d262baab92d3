import { useMemo } from 'react'
import { decodeToken } from '../../../jwt/decode-token'
import type { SignedToken, SignOutcome } from '../../../jwt/sign/sign-token'
import { TokenParts } from '../../token/TokenParts'
import { CopyableText } from '../share/CopyableText'

interface SignedTokenViewProps {
  readonly outcome: SignOutcome
  /** True when the boxes, algorithm or key changed after this outcome. */
  readonly stale: boolean
  readonly onUse: (token: string) => void
}

/**
 * What the last press of Sign gave: the new token beside the pasted one, with
 * a button to take it over, or the reason nothing was signed. The pasted token
 * changes only through that button.
 */
export function SignedTokenView({ outcome, stale, onUse }: SignedTokenViewProps) {
  const staleNote = stale ? (
    <p className="muted">
      The header, claims, algorithm or key changed since this result: press Sign again to
      sign what is in the boxes now.
    </p>
  ) : null
  if (!outcome.ok) {
    const { at } = outcome
    const where =
      at === null || outcome.message.includes(`line ${at.line}`)
        ? ''
        : ` (${at.part} box, line ${at.line}, column ${at.column})`
    return (
      <div className="signed-token" role="alert">
        <p className="verdict-failed">
          ✗ Not signed: {outcome.message}
          {where}
        </p>
        {staleNote}
      </div>
    )
  }
  return (
    <div className="signed-token">
      <p className="verdict-ok">✓ New token, signed with {outcome.alg}</p>
      {staleNote}
      <NewToken signed={outcome} />
      {[...outcome.notes, ...outcome.warnings].map((line, index) => (
        <p key={line} className={index < outcome.notes.length ? 'muted' : 'note'}>
          {line}
        </p>
      ))}
      <button type="button" onClick={() => onUse(outcome.token)}>
        Use this token
      </button>{' '}
      <span className="muted">
        It replaces the pasted token in the workbench, which then decodes and verifies it.
      </span>
    </div>
  )
}

function NewToken({ signed }: { readonly signed: SignedToken }) {
  const decoded = useMemo(() => decodeToken(signed.token), [signed.token])
  return (
    <>
      <TokenParts decoded={decoded} />
      <CopyableText label="new token" text={signed.token} rows={3} />
      <details>
        <summary>Header and payload exactly as signed</summary>
        <pre className="json mono">{signed.headerText}</pre>
        <pre className="json mono">{signed.payloadText}</pre>
      </details>
    </>
  )
}
