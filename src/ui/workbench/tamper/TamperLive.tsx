import { useId, useMemo, useState } from 'react'
import { decodeToken, type DecodedToken } from '../../../jwt/decode-token'
import type { VerificationKey } from '../../../jwt/keys/key-reading'
import type { VerifyOptions } from '../../../jwt/verify/verify-options'
import type { VerifyResult } from '../../../jwt/verify/verify-result'
import { RawToken } from '../decoded/RawToken'
import { useVerification, type VerificationState } from '../verify/use-verification'
import { VerificationView } from '../verify/VerificationView'
import { STEP_NAMES } from '../verify/verify-words'
import { tamperedToken } from './tampered-token'

interface TamperLiveProps {
  readonly decoded: DecodedToken | null
  readonly verificationKey: VerificationKey | null
  readonly options: VerifyOptions | null
}

interface Edits {
  /** The token these edits were made to; another token starts from its own text. */
  readonly basis: string
  readonly header: string
  readonly payload: string
}

const NO_OPTIONS: VerifyOptions = {}

/**
 * Tamper live: edit a copy of the header or payload and watch which verification
 * step fails and why, with the same key and settings as Verify. The token above
 * stays as it is; the copy keeps its original signature, as a forger's would.
 */
export function TamperLive({ decoded, verificationKey, options }: TamperLiveProps) {
  const [edits, setEdits] = useState<Edits | null>(null)
  const id = useId()
  const headerText = decoded?.headerText ?? null
  const payloadText = decoded?.payloadText ?? null
  const current =
    decoded !== null && edits !== null && edits.basis === decoded.input
      ? edits
      : {
          basis: decoded?.input ?? '',
          header: headerText ?? '',
          payload: payloadText ?? '',
        }
  const tampered = useMemo(
    () =>
      decoded === null ? null : tamperedToken(decoded, current.header, current.payload),
    [decoded, current.header, current.payload],
  )
  const changed = tampered !== null && tampered.changed.size > 0
  // Until something is edited the copy is the token itself, verified under Verify.
  const state = useVerification(
    tampered?.token ?? '',
    options === null || !changed ? null : verificationKey,
    options ?? NO_OPTIONS,
  )
  if (
    decoded === null ||
    tampered === null ||
    headerText === null ||
    payloadText === null
  ) {
    return (
      <p className="empty">
        Tampering needs a signed token (JWS) whose header and payload decode: paste one
        above.
      </p>
    )
  }
  const edit = (patch: Partial<Pick<Edits, 'header' | 'payload'>>) =>
    setEdits({ ...current, ...patch })
  const parts = decodeToken(tampered.token).parts
  return (
    <div className="tamper-live">
      <p>
        Change one character of a copy of the header or payload: the copy is re-encoded as
        you type and keeps the original signature, as a forger’s token would. The token
        above is not changed.
      </p>
      <label htmlFor={`${id}-header`}>Header JSON of the copy</label>
      <textarea
        id={`${id}-header`}
        className="mono"
        rows={3}
        spellCheck={false}
        value={current.header}
        onChange={(event) => edit({ header: event.target.value })}
      />
      <label htmlFor={`${id}-payload`}>Payload JSON of the copy</label>
      <textarea
        id={`${id}-payload`}
        className="mono"
        rows={5}
        spellCheck={false}
        value={current.payload}
        onChange={(event) => edit({ payload: event.target.value })}
      />
      <p>
        <button type="button" disabled={!changed} onClick={() => setEdits(null)}>
          Undo the changes
        </button>
      </p>
      <h4>The copy as it would be sent</h4>
      <RawToken
        parts={parts}
        changed={tampered.changed}
        label="Tampered copy, segment by segment"
      />
      {!changed ? (
        <p className="tamper-summary">
          Unchanged so far: the copy is the token itself. Edit a character to tamper.
        </p>
      ) : verificationKey === null ? (
        <p className="muted">Enter the key under Verify to see which step fails.</p>
      ) : (
        <>
          <FirstFailure state={state} />
          <VerificationView
            state={state}
            token={tampered.token}
            verificationKey={verificationKey}
          />
        </>
      )}
    </div>
  )
}

/** The one line a learner looks for: which step the edit broke. */
function FirstFailure({ state }: { readonly state: VerificationState }) {
  if (state.status !== 'done' || !state.outcome.ok) return null
  const step = firstFailedStep(state.outcome.value)
  return (
    <p className="tamper-summary">
      {step === null
        ? 'Nothing failed: the edited copy still verifies.'
        : `The step that fails: ${STEP_NAMES[step.name]}.`}
    </p>
  )
}

function firstFailedStep(result: VerifyResult) {
  return result.steps.find((step) => step.outcome === 'failed') ?? null
}
