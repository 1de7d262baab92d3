import { base64url, errors, jwtVerify, SignJWT, type JWTPayload } from 'jose'
import { decodeToken, type DecodedToken } from '../jwt/decode-token'
import { checkHmacSignature } from '../jwt/hmac-check'
import { formatUtc, relativeTime } from '../jwt/numeric-date'
import type { ServerState, UserRecord } from './server-state'
import type { ServerStep } from './server-step'
import { failed, passed } from './steps'

/** Which check a rejected token failed; the `error` of the JSON reply. */
export type TokenErrorCode =
  | 'token_malformed'
  | 'token_algorithm_not_allowed'
  | 'token_signature_invalid'
  | 'token_expired'
  | 'token_claims_invalid'

/** The steps of checking a bearer token, and the verdict. */
export interface TokenVerification {
  readonly steps: readonly ServerStep[]
  readonly outcome:
    | { readonly ok: true; readonly claims: JWTPayload }
    | { readonly ok: false; readonly code: TokenErrorCode; readonly description: string }
}

/** A short, ASCII-only summary per error, for the `error_description` of the challenge. */
export const TOKEN_ERROR_SUMMARY: Readonly<Record<TokenErrorCode, string>> = {
  token_malformed: 'The token is malformed',
  token_algorithm_not_allowed: 'The token algorithm is not allowed',
  token_signature_invalid: 'The token signature is invalid',
  token_expired: 'The token has expired',
  token_claims_invalid: 'The token claims are invalid',
}

/** Problems the split step leaves to the header check, which explains them better. */
const HEADER_PROBLEMS = new Set(['alg-missing', 'unsecured-with-signature'])

/** The server's HS256 key as bytes. */
function signingKeyBytes(state: ServerState): Uint8Array {
  return base64url.decode(state.signingKey.secret)
}

/**
 * Signs an access token for a user: header `{"alg":"HS256","typ":"JWT"}`, claims
 * `sub` (the id as a string, RFC 7519 §4.1.2), `name`, `role`, `iat` and `exp`.
 */
export async function signAccessToken(
  state: ServerState,
  user: UserRecord,
  now: number,
): Promise<{ readonly token: string; readonly step: ServerStep }> {
  const iat = Math.floor(now / 1000)
  const exp = iat + state.settings.tokenTtlSeconds
  const token = await new SignJWT({
    sub: String(user.id),
    name: user.username,
    role: user.role,
    iat,
    exp,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(signingKeyBytes(state))
  const step = passed(
    'token.signed',
    `Signed a token for ${user.username} with HS256 and the server's secret; it expires at ${formatUtc(exp)} (${relativeTime('exp', exp, now)}).`,
    { token, alg: 'HS256', exp: String(exp) },
  )
  return { token, step }
}

/**
 * Checks a bearer token as a careful server does, one step at a time: split it,
 * check `alg` against the pinned list, verify the signature, check `exp`. The
 * verdict comes from jose's jwtVerify; the HMAC is also computed here so the
 * learner can compare the received and expected signatures byte by byte.
 */
export async function verifyAccessToken(
  state: ServerState,
  token: string,
  now: number,
): Promise<TokenVerification> {
  const steps: ServerStep[] = []
  const reject = (code: TokenErrorCode, description: string) =>
    rejection(steps, code, description)

  const decoded = decodeToken(token)
  const splitProblem = findSplitProblem(decoded, token)
  if (splitProblem !== null) {
    steps.push(failed('token.split', `Could not split the token: ${splitProblem}`))
    return reject('token_malformed', `The token is malformed: ${splitProblem}`)
  }
  const lengths = decoded.parts.map((part) => part.text.length).join(' + ')
  steps.push(
    passed(
      'token.split',
      `Split the token at its two dots into header, payload and signature (${lengths} characters).`,
    ),
  )

  const allowed = state.settings.allowedAlgorithms
  const alg = decoded.header?.['alg']
  if (typeof alg !== 'string' || !allowed.includes(alg)) {
    const named = typeof alg === 'string' ? `alg "${alg}"` : 'a header without alg'
    const sentence = `${named} is not accepted: this server pins ${allowed.join(', ')} and never lets the token choose.`
    steps.push(failed('token.header-checked', sentence))
    return reject('token_algorithm_not_allowed', sentence)
  }
  steps.push(
    passed(
      'token.header-checked',
      `alg "${alg}" is on the server's pinned list (${allowed.join(', ')}).`,
    ),
  )

  const key = signingKeyBytes(state)
  const hmac = await checkHmacSignature(token, key)
  const context: RejectContext = {
    steps,
    now,
    exp: decoded.payload?.['exp'],
    signatureData: {
      alg,
      signingInput: hmac.signingInput ?? '',
      signatureReceived: hmac.signatureReceived ?? '',
      signatureComputed: hmac.signatureComputed ?? '',
      bytesMatch: String(hmac.match),
    },
  }
  let claims: JWTPayload
  try {
    const result = await jwtVerify(token, key, {
      algorithms: [...allowed],
      currentDate: new Date(now),
      requiredClaims: ['exp'],
    })
    claims = result.payload
  } catch (error) {
    return rejectByJose(error, context)
  }
  steps.push(signatureVerified(context.signatureData))

  const exp = Number(claims.exp)
  steps.push(
    passed(
      'token.exp-checked',
      `exp ${formatUtc(exp)} is still ahead: the token ${relativeTime('exp', exp, now)}.`,
      { exp: String(exp), now: String(Math.floor(now / 1000)) },
    ),
  )
  return { steps, outcome: { ok: true, claims } }
}

interface RejectContext {
  readonly steps: ServerStep[]
  readonly now: number
  readonly exp: unknown
  readonly signatureData: Readonly<Record<string, string>>
}

function findSplitProblem(decoded: DecodedToken, token: string): string | null {
  if (decoded.token !== token) {
    return 'it has whitespace or a "Bearer" prefix of its own around it.'
  }
  const problem = decoded.problems.find((found) => !HEADER_PROBLEMS.has(found.code))
  return problem === undefined ? null : `${problem.message}.`
}

function signatureVerified(data: Readonly<Record<string, string>>): ServerStep {
  return passed(
    'token.signature-checked',
    "The HMAC-SHA-256 of header.payload under the server's secret equals the received signature: the token is exactly as the server signed it.",
    data,
  )
}

function rejection(
  steps: readonly ServerStep[],
  code: TokenErrorCode,
  description: string,
): TokenVerification {
  return { steps, outcome: { ok: false, code, description } }
}

/** Turns jose's verdict into the failed step and the reply's error code. */
function rejectByJose(error: unknown, context: RejectContext): TokenVerification {
  const { steps, now, signatureData } = context
  const detail = error instanceof Error ? error.message : String(error)

  if (error instanceof errors.JWSSignatureVerificationFailed) {
    const sentence =
      "The signature does not match the HMAC of header.payload under the server's secret: the token was changed after signing, or signed with another key."
    steps.push(failed('token.signature-checked', sentence, signatureData))
    return rejection(steps, 'token_signature_invalid', sentence)
  }
  const claimFailed =
    error instanceof errors.JWTExpired || error instanceof errors.JWTClaimValidationFailed
  if (!claimFailed) {
    const sentence = `jose refused the token: ${detail}.`
    steps.push(failed('token.signature-checked', sentence, signatureData))
    return rejection(steps, 'token_malformed', sentence)
  }

  // jose checks claims only once the signature holds, so reaching here means it did.
  steps.push(signatureVerified(signatureData))
  if (error instanceof errors.JWTExpired && typeof context.exp === 'number') {
    const exp = context.exp
    const sentence = `exp ${formatUtc(exp)} has passed: the token ${relativeTime('exp', exp, now)}. Log in again for a new one.`
    const data = { exp: String(exp), now: String(Math.floor(now / 1000)) }
    steps.push(failed('token.exp-checked', sentence, data))
    return rejection(steps, 'token_expired', sentence)
  }
  const sentence = `The "${error.claim}" claim failed its check (${error.reason}): ${detail}.`
  steps.push(failed('token.exp-checked', sentence))
  return rejection(steps, 'token_claims_invalid', sentence)
}
