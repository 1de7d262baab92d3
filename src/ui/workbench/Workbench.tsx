import { useDeferredValue, useMemo } from 'react'
import { decodeToken } from '../../jwt/decode-token'
import { useWorkbench } from '../../store/workbench-context'
import { DecodedPanels } from './decoded/DecodedPanels'
import { EncoderPanel } from './encoder/EncoderPanel'
import type { VerifyKeyHandoff } from './encoder/verify-key-handoff'
import { JwePanel } from './jwe/JwePanel'
import { ShareLink } from './share/ShareLink'
import { useShareSettings } from './share/use-share-settings'
import { TamperLive } from './tamper/TamperLive'
import { TokenInput } from './TokenInput'
import { useAlgorithmsFollowKey } from './verify/use-algorithms-follow-key'
import { useKeyReading } from './verify/use-key-reading'
import { useVerifyOptions } from './verify/use-verify-options'
import { useWorkbenchClock } from './verify/use-workbench-clock'
import { VerifyPanel } from './verify/VerifyPanel'
import { shareableKey } from './shareable-key'
import { useSharedFragment } from './use-shared-fragment'
import { WorkbenchSection } from './WorkbenchSection'
import './workbench.css'

/**
 * The token workbench: paste any token and take it apart. Decoding follows the
 * typing; verifying is separate from signing and never changes the token; the
 * signature is explained step by step, and a tampered copy shows which step
 * fails. Each section fails on its own, never the page.
 */
export function Workbench() {
  const tokenText = useWorkbench((state) => state.tokenText)
  const keyText = useWorkbench((state) => state.keyText)
  const update = useWorkbench((state) => state.update)
  const arrival = useSharedFragment()
  const shareSettings = useShareSettings()
  // Decoding trails the keystrokes, so typing never waits for a long token to render.
  const deferredToken = useDeferredValue(tokenText)
  const decoded = useMemo(
    () => (deferredToken.trim() === '' ? null : decodeToken(deferredToken)),
    [deferredToken],
  )
  const clock = useWorkbenchClock()
  const keyState = useKeyReading(deferredToken)
  const verificationKey =
    keyState.status === 'read' && keyState.outcome.ok && keyState.outcome.value.ok
      ? keyState.outcome.value.key
      : null
  useAlgorithmsFollowKey(verificationKey?.description ?? null)
  const options = useVerifyOptions(clock.now)
  const jws = decoded?.kind === 'jws' ? decoded : null
  const openToken = (token: string) => update({ tokenText: token })
  const takeSigned = (token: string, verifyKey: VerifyKeyHandoff | null) =>
    update({ tokenText: token, ...verifyKey })
  // An encrypted token is read here first; otherwise the section only offers its demo.
  const jweSection = (
    <WorkbenchSection title="Encrypted token (JWE)">
      <JwePanel token={deferredToken} onOpenNested={openToken} />
    </WorkbenchSection>
  )
  return (
    <main className="workbench">
      <h2 className="workbench-title">Token workbench</h2>
      <p className="workbench-intro">
        Decode, verify and take apart any JWT. Everything happens in this browser; nothing
        you paste is sent anywhere.
      </p>
      {arrival === null ? null : (
        <p className="note" role="status">
          {arrival}
        </p>
      )}
      <WorkbenchSection title="Token">
        <TokenInput />
      </WorkbenchSection>
      <WorkbenchSection title="Decoded">
        <DecodedPanels decoded={decoded} now={clock.now} />
      </WorkbenchSection>
      {decoded?.kind === 'jwe' ? jweSection : null}
      <WorkbenchSection title="Verify">
        <VerifyPanel
          decoded={decoded}
          keyState={keyState}
          verificationKey={verificationKey}
          clock={clock}
          options={options}
        />
      </WorkbenchSection>
      <WorkbenchSection title="Tamper live">
        <TamperLive decoded={jws} verificationKey={verificationKey} options={options} />
      </WorkbenchSection>
      {decoded?.kind === 'jwe' ? null : jweSection}
      <WorkbenchSection title="Sign">
        <EncoderPanel
          key={jws?.input ?? ''}
          initialHeaderJson={jws?.headerText ?? DEFAULT_HEADER}
          initialPayloadJson={jws?.payloadText ?? DEFAULT_PAYLOAD}
          onSigned={takeSigned}
        />
      </WorkbenchSection>
      <WorkbenchSection title="Share">
        <ShareLink
          token={tokenText}
          {...shareableKey(keyText)}
          settings={shareSettings}
        />
      </WorkbenchSection>
    </main>
  )
}

const DEFAULT_HEADER = '{\n  "alg": "HS256",\n  "typ": "JWT"\n}'
const DEFAULT_PAYLOAD = '{\n  "sub": "student-1"\n}'
