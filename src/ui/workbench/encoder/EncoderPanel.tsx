import { useId, useState } from 'react'
import { signToken, type SignOutcome } from '../../../jwt/sign/sign-token'
import {
  SIGNING_ALGORITHMS,
  isSigningAlgorithm,
  signingAlgorithmInfo,
  type SigningAlgorithm,
} from '../../../jwt/sign/signing-algorithms'
import { ErrorBoundary } from '../../layout/ErrorBoundary'
import { ActionButton } from '../../shared/ActionButton'
import { DEFAULT_SIGNING_ALGORITHM, headerAlg, withHeaderAlg } from './header-alg'
import { JsonBox } from './JsonBox'
import { KeyTools } from './KeyTools'
import { SignedTokenView } from './SignedTokenView'
import { SigningKeyField } from './SigningKeyField'
import { TimeClaimHelpers } from './TimeClaimHelpers'
import { useSigningKey, type KeyDraft } from './use-signing-key'
import { verifyKeyHandoff, type VerifyKeyHandoff } from './verify-key-handoff'

interface EncoderPanelProps {
  /** The header carried over from the decoded token, as JSON text. */
  readonly initialHeaderJson: string
  /** The claims carried over from the decoded token, as JSON text. */
  readonly initialPayloadJson: string
  /**
   * Called only when the learner presses "Use this token", with what the Verify
   * key box needs to check it (null when the key cannot be handed over).
   */
  readonly onSigned: (token: string, verifyKey: VerifyKeyHandoff | null) => void
}

/** What one press of Sign was made from, to tell when its result is out of date. */
interface Signed {
  readonly outcome: SignOutcome
  readonly headerJson: string
  readonly payloadJson: string
  readonly alg: SigningAlgorithm
  readonly draft: KeyDraft
  readonly verifyKey: VerifyKeyHandoff | null
}

/**
 * The encoder: edit the header and claims, choose an algorithm and a key, and
 * press Sign to get a new token. Editing anything signs nothing, and the new
 * token replaces the pasted one only through "Use this token", unlike tools
 * that silently re-sign while the learner types.
 */
export function EncoderPanel(props: EncoderPanelProps) {
  return (
    <ErrorBoundary panel="Encoder">
      <Encoder {...props} />
    </ErrorBoundary>
  )
}

function Encoder({ initialHeaderJson, initialPayloadJson, onSigned }: EncoderPanelProps) {
  const id = useId()
  const [headerJson, setHeaderJson] = useState(initialHeaderJson)
  const [payloadJson, setPayloadJson] = useState(initialPayloadJson)
  const [alg, setAlg] = useState(
    headerAlg(initialHeaderJson) ?? DEFAULT_SIGNING_ALGORITHM,
  )
  const keying = useSigningKey(alg)
  const { resolved } = keying
  const [signed, setSigned] = useState<Signed | null>(null)
  const [signing, setSigning] = useState(false)
  const carriedOver =
    headerJson === initialHeaderJson && payloadJson === initialPayloadJson
  const stale =
    signed !== null &&
    (signed.headerJson !== headerJson ||
      signed.payloadJson !== payloadJson ||
      signed.alg !== alg ||
      signed.draft !== keying.draft)

  function chooseAlg(value: string) {
    if (!isSigningAlgorithm(value)) return
    setAlg(value)
    setHeaderJson((text) => withHeaderAlg(text, value))
  }

  function startAgain() {
    setHeaderJson(initialHeaderJson)
    setPayloadJson(initialPayloadJson)
    setAlg(headerAlg(initialHeaderJson) ?? alg)
  }

  async function sign() {
    if (resolved.status !== 'ready') return
    setSigning(true)
    const request = { headerJson, payloadJson, alg, key: resolved.key }
    const [outcome, verifyKey] = await Promise.all([
      signToken(request),
      verifyKeyHandoff(keying.draft, resolved),
    ])
    setSigned({ outcome, headerJson, payloadJson, alg, draft: keying.draft, verifyKey })
    setSigning(false)
  }

  return (
    <div className="encoder">
      <p>
        Edit the header and claims, choose an algorithm and a key, then press Sign.
        Nothing here changes the pasted token until you press &ldquo;Use this
        token&rdquo;.
      </p>
      <h4>Header and claims</h4>
      <JsonBox
        label="Header (JSON)"
        part="header"
        value={headerJson}
        onChange={setHeaderJson}
        rows={4}
      />
      <JsonBox
        label="Payload: claims (JSON)"
        part="payload"
        value={payloadJson}
        onChange={setPayloadJson}
        rows={8}
      />
      <TimeClaimHelpers payloadJson={payloadJson} onChange={setPayloadJson} />
      {carriedOver ? null : (
        <button type="button" onClick={startAgain}>
          Start again from the decoded token
        </button>
      )}
      <h4>Algorithm and key</h4>
      <label htmlFor={`${id}-alg`}>Algorithm (alg)</label>{' '}
      <select
        id={`${id}-alg`}
        value={alg}
        onChange={(event) => chooseAlg(event.target.value)}
      >
        {SIGNING_ALGORITHMS.map((name) => (
          <option key={name} value={name}>
            {name} ({signingAlgorithmInfo(name).family})
          </option>
        ))}
      </select>
      <p className="muted">
        {alg} signs with {signingAlgorithmInfo(alg).key}.
      </p>
      <SigningKeyField
        alg={alg}
        draft={keying.draft}
        update={keying.update}
        resolved={resolved}
        onGenerate={() => void keying.generate()}
        generating={keying.generating}
        generateError={keying.generateError}
      />
      {resolved.status !== 'ready' ? null : resolved.exportable === null ? (
        <p className="muted">
          Key tools export generated keys and pasted private keys; a typed secret is
          already in your hands, and its thumbprint would let anyone test guesses of it.
        </p>
      ) : (
        <KeyTools exportable={resolved.exportable} />
      )}
      <h4>Sign</h4>
      <ActionButton
        unavailable={resolved.status !== 'ready'}
        inactive={signing}
        onClick={() => void sign()}
      >
        Sign
      </ActionButton>
      {resolved.status === 'ready' ? null : (
        <span className="muted"> Choose a key above first.</span>
      )}
      {signed === null ? null : (
        <SignedTokenView
          outcome={signed.outcome}
          stale={stale}
          verifyKey={signed.verifyKey}
          onUse={(token) => onSigned(token, signed.verifyKey)}
        />
      )}
    </div>
  )
}
