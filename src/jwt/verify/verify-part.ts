import { base64url } from 'jose'
import { isHmacAlgorithm, keyLengthWarning } from '../hmac-check'
import { isJsonObject, type JsonObject } from '../json-segment'
import type { VerificationKey } from '../keys/key-reading'
import { checkClaims, partiesWithoutClaims } from './claim-checks'
import { checkHeader } from './header-checks'
import { joseFailure, joseVerify } from './jose-verify'
import type { JwsAlgorithm } from './jws-algorithms'
import type { SignedPart } from './jws-input'
import { rsaArithmeticHolds, signatureHints } from './signature-hints'
import { signatureShape, type SignatureShape } from './signature-shape'
import type { VerifySettings } from './verify-options'
import {
  failed,
  info,
  passed,
  type Verdict,
  type VerifyFailure,
  type VerifyStep,
} from './verify-result'

/** What checking one signature found: the parts of a VerifyResult that depend on it. */
export interface PartOutcome {
  readonly verdict: Verdict
  readonly steps: readonly VerifyStep[]
  readonly alg: string | null
  readonly payloadText: string | null
  readonly claims: JsonObject | null
  readonly signingInput: string
  readonly signature: SignatureShape | null
}

const utf8 = new TextDecoder('utf-8', { fatal: true })
const MIN_RSA_BITS = 2048

/**
 * Checks one signature the way a careful verifier does, one step at a time:
 * header and algorithm, key, signing input, signature (jose decides), then the
 * claims. A check that is never reached is left out of the steps.
 */
export async function verifyPart(
  part: SignedPart,
  compact: string | null,
  key: VerificationKey,
  settings: VerifySettings,
): Promise<PartOutcome> {
  const alg = typeof part.header['alg'] === 'string' ? part.header['alg'] : null
  const signingInput = `${part.protectedText ?? ''}.${part.payload}`
  const { payloadText, claims } = readPayload(part)
  const steps: VerifyStep[] = []
  const outcome = (
    verdict: Verdict,
    signature: SignatureShape | null = null,
  ): PartOutcome => ({
    verdict,
    steps,
    alg,
    payloadText,
    claims,
    signingInput,
    signature,
  })
  const refuse = (failure: VerifyFailure, signature: SignatureShape | null = null) =>
    outcome({ ok: false, ...failure }, signature)

  const header = checkHeader(part, settings, key.description)
  steps.push(...header.steps)
  if (!header.ok) return refuse(header.failure)
  const { entry } = header
  if (part.payloadProblem !== null) {
    const message = `malformed: ${part.payloadProblem}`
    steps.push(failed('payload', message))
    return refuse({ check: 'format', message })
  }
  const keyRefusal = await checkKey(part, key, entry, steps)
  if (keyRefusal !== null) return refuse(keyRefusal)
  steps.push(info('signing-input', describeSigningInput(part, signingInput)))
  const shape = signatureShape(
    base64url.decode(part.signatureText),
    entry,
    key.description,
  )
  const described = `the ${entry.alg} signature (${shape.message})`

  const answer = await joseVerify(part, compact, key.material, settings.algorithms)
  if (!answer.ok) {
    const failure = joseFailure(answer.error, entry.alg)
    if (failure.check !== 'signature') {
      steps.push(failed('signature', failure.message))
      return refuse(failure, shape)
    }
    const hint = await signatureHints(part, compact, key, entry, shape)
    const wrongForm = shape.form === 'ecdsa-der' || shape.form === 'wrong-length'
    const what = wrongForm
      ? shape.message
      : `${described} does not match the signing input under this key`
    const message = `invalid signature: ${what}.${hint}`
    steps.push(failed('signature', message))
    return refuse({ check: 'signature', message }, shape)
  }
  steps.push(
    passed(
      'signature',
      `jose verified ${described} with ${key.description.summary}: the signing input is exactly what the key holder signed`,
    ),
  )

  if (claims === null) {
    steps.push(info('payload', describePayload(part, payloadText)))
    const parties = partiesWithoutClaims(settings)
    if (parties !== null) return refuse(parties, shape)
    return outcome(
      {
        ok: true,
        message: `signature verified (${entry.alg}); the payload is not a JWT claims set, so no time or audience checks apply`,
      },
      shape,
    )
  }
  steps.push(
    info(
      'payload',
      'the payload is a JSON object: a JWT claims set, checked next (RFC 7519 §7.2)',
    ),
  )
  const checked = checkClaims(claims, settings)
  steps.push(...checked.steps)
  if (checked.failure !== null) return refuse(checked.failure, shape)
  const names = checked.steps.map((step) => step.name).join(', ')
  return outcome(
    {
      ok: true,
      message: `signature verified (${entry.alg})${names === '' ? '; the token has no exp, nbf or iat to check' : ` and claims valid (${names})`}`,
    },
    shape,
  )
}

/** The key step: which key checks the signature, and whether jose will use it at all. */
async function checkKey(
  part: SignedPart,
  key: VerificationKey,
  entry: JwsAlgorithm,
  steps: VerifyStep[],
): Promise<VerifyFailure | null> {
  const { description } = key
  const bits = description.modulusBits
  if (entry.family === 'rsa' && bits !== null && bits < MIN_RSA_BITS) {
    const holds = await rsaArithmeticHolds(part, key.material, entry)
    const arithmetic =
      holds === null
        ? 'the signature may be mathematically valid'
        : holds
          ? 'the signature is mathematically valid (checked directly with WebCrypto)'
          : 'the signature does not verify even arithmetically (checked directly with WebCrypto)'
    const message = `key refused: the RSA key is ${bits} bits; ${arithmetic}, but jose requires ${MIN_RSA_BITS} bits or more for ${entry.alg} (RFC 7518 §3.3, §3.5), so no compliant verifier accepts it. Generate a key of at least ${MIN_RSA_BITS} bits`
    steps.push(failed('key', message))
    return { check: 'key-refused', message }
  }
  const warning =
    isHmacAlgorithm(entry.alg) && description.secretBytes !== null
      ? keyLengthWarning(entry.alg, description.secretBytes)
      : null
  steps.push(
    passed(
      'key',
      `checked with ${description.summary}${warning === null ? '' : `; note: ${warning}`}`,
    ),
  )
  return null
}

function describeSigningInput(part: SignedPart, signingInput: string): string {
  const bytes = new TextEncoder().encode(signingInput).length
  const header =
    part.protectedText === undefined
      ? 'an empty protected header (so it starts with ".")'
      : 'the protected header as received'
  const payload = part.unencoded
    ? 'the payload itself, not base64url-encoded (b64: false)'
    : 'the payload as received, in base64url'
  return `signed: the ${bytes} bytes of ${header}, ".", and ${payload}. These exact bytes are checked; nothing is re-encoded from the decoded JSON`
}

function describePayload(part: SignedPart, text: string | null): string {
  if (part.payload === '') {
    return 'the payload is empty: if the content was sent separately (detached, RFC 7515 Appendix F), give it as the detached payload'
  }
  return text === null
    ? 'the payload is not UTF-8 text; a JWS may sign any bytes, but a JWT carries a JSON claims set'
    : `the payload is ${text.length} characters of text, not a JSON object, so it is a plain JWS, not a JWT`
}

function readPayload(part: SignedPart): {
  payloadText: string | null
  claims: JsonObject | null
} {
  let payloadText: string | null = part.unencoded ? part.payload : null
  if (!part.unencoded && part.payloadProblem === null) {
    try {
      payloadText = utf8.decode(base64url.decode(part.payload))
    } catch {
      payloadText = null
    }
  }
  try {
    const parsed: unknown = payloadText === null ? null : JSON.parse(payloadText)
    return { payloadText, claims: isJsonObject(parsed) ? parsed : null }
  } catch {
    return { payloadText, claims: null }
  }
}
