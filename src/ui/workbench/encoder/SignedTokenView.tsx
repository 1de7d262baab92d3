import { useMemo } from 'react'
import { decodeToken } from '../../../jwt/decode-token'
import type { SignedToken, SignOutcome } from '../../../jwt/sign/sign-token'
import { TokenParts } from '../../token/TokenParts'
import { CopyableText } from '../share/CopyableText'
import type { VerifyKeyHandoff } from './verify-key-handoff'

interface SignedTokenViewProps {
  readonly outcome: SignOutcome
  /** True when the boxes, algorithm or key changed after this outcome. */
  readonly stale: boolean
  /** The key that goes to the Verify key box with the token, if any. */
  readonly verifyKey: VerifyKeyHandoff | null
  readonly onUse: (token: string) => void
}

/**
 * What the last press of Sign gave: the new token beside the pasted one, with
 * a button to take it over, or the reason nothing was signed. The pasted token
 * changes only through that button.
 */
export function SignedTokenView({
  outcome,
  stale,
  verifyKey,
  onUse,
}: SignedTokenViewProps) {
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
      <span className="muted">{wordsForUse(verifyKey)}</span>
    </div>
  )
}

/** What "Use this token" does, said exactly: it verifies only with a key to verify with. */
function wordsForUse(verifyKey: VerifyKeyHandoff | null): string {
  if (verifyKey === null) {
    return 'It replaces the pasted token in the workbench, which then decodes it; to verify it, put the matching public key or secret in the Verify key box.'
  }
  const what = verifyKey.keyText.includes('BEGIN PUBLIC KEY')
    ? 'the public key (never the private one)'
    : 'the secret, with how to read it,'
  return `It replaces the pasted token in the workbench and puts ${what} in the Verify key box, so the workbench decodes and verifies it.`
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
