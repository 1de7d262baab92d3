import type { DecodedToken } from '../../../jwt/decode-token'
import type { VerificationKey } from '../../../jwt/keys/key-reading'
import type { VerifyOptions } from '../../../jwt/verify/verify-options'
import { NO_WEB_CRYPTO_CHECK, webCryptoAvailable } from '../../shared/web-crypto'
import { AlgorithmList } from './AlgorithmList'
import { ClockAndLeeway } from './ClockAndLeeway'
import { ExpectedParties } from './ExpectedParties'
import { KeyInput } from './KeyInput'
import type { KeyState } from './use-key-reading'
import { useVerification } from './use-verification'
import type { WorkbenchClock } from './use-workbench-clock'
import { VerificationView } from './VerificationView'

const NO_OPTIONS: VerifyOptions = {}

interface VerifyPanelProps {
  /** The token as typed, decoded; verification never changes it. */
  readonly decoded: DecodedToken | null
  readonly keyState: KeyState
  readonly verificationKey: VerificationKey | null
  readonly clock: WorkbenchClock
  /** The settings as verifyToken takes them; null while the clock cannot be read. */
  readonly options: VerifyOptions | null
}

/**
 * Verification, apart from signing: the key, the allowed algorithms, the clock
 * and leeway, the expected parties, and the verdict with its steps. Nothing here
 * writes to the token: a new key or setting only checks the same text again.
 */
export function VerifyPanel({
  decoded,
  keyState,
  verificationKey,
  clock,
  options,
}: VerifyPanelProps) {
  const token = decoded?.input ?? ''
  // An encrypted token has no signature: it is decrypted, not verified.
  const encrypted = decoded?.kind === 'jwe'
  const state = useVerification(
    token,
    options === null || encrypted ? null : verificationKey,
    options ?? NO_OPTIONS,
  )
  return (
    <div className="verify-panel">
      {webCryptoAvailable() ? null : <p className="note">{NO_WEB_CRYPTO_CHECK}</p>}
      <KeyInput keyState={keyState} />
      <AlgorithmList keyDescription={verificationKey?.description ?? null} />
      <ClockAndLeeway clock={clock} />
      <ExpectedParties />
      <h4>Verdict</h4>
      <VerifyHint
        decoded={decoded}
        keyState={keyState}
        clockReadable={options !== null}
      />
      <VerificationView state={state} token={token} verificationKey={verificationKey} />
    </div>
  )
}

interface VerifyHintProps {
  readonly decoded: DecodedToken | null
  readonly keyState: KeyState
  readonly clockReadable: boolean
}

/** What is missing before a verdict can be given. */
function VerifyHint(props: VerifyHintProps) {
  const missing = whatIsMissing(props)
  return missing === null ? null : <p className="muted">{missing}</p>
}

function whatIsMissing({ decoded, keyState, clockReadable }: VerifyHintProps) {
  if (decoded === null) return 'Paste a token to verify it.'
  if (decoded.kind === 'jwe') {
    return 'An encrypted token (JWE) has no signature to verify: decrypt it with the recipient’s key under “Encrypted token (JWE)”. When the plaintext is a signed token, verify that one here.'
  }
  if (keyState.status === 'empty') {
    return decoded.header?.['alg'] === 'none'
      ? 'Unsecured token (alg "none"): there is no signature, so it is never verified, whatever key you enter.'
      : 'Enter the key to verify with: the verdict appears as soon as it can be read.'
  }
  if (keyState.status === 'read' && !(keyState.outcome.ok && keyState.outcome.value.ok)) {
    return 'The key cannot be read (see above), so nothing is verified yet.'
  }
  return clockReadable
    ? null
    : 'Set a fixed time the clock can read, or use this computer’s clock.'
}
