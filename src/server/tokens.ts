import { base64url, SignJWT, type JWTPayload } from 'jose'
import { decodeToken, type DecodedToken } from '../jwt/decode-token'
import { checkHmacSignature } from '../jwt/hmac-check'
import { formatUtc, relativeTime } from '../jwt/numeric-date'
import type { ServerState, UserRecord } from './server-state'
import type { ServerStep } from './server-step'
import { failed, passed } from './steps'
import { acceptedClaimSteps, refusedClaimSteps } from './token-claim-steps'
import type { TokenErrorCode } from './token-errors'
import { joseVerdict } from './token-verdict'

/** Who issues this server's tokens (`iss`): the monolith's own origin. */
export const TOKEN_ISSUER = 'https://example.com'
/** Whom this server's tokens are for (`aud`): the same monolith, their only recipient. */
export const TOKEN_AUDIENCE = 'https://example.com'
const PARTIES = { issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE }

/** The steps of checking a bearer token, and the verdict. */
export interface TokenVerification {
  readonly steps: readonly ServerStep[]
  readonly outcome:
    | { readonly ok: true; readonly claims: JWTPayload }
    | { readonly ok: false; readonly code: TokenErrorCode; readonly description: string }
}

/** Problems the split step leaves to the header check, which explains them better. */
const HEADER_PROBLEMS = new Set(['alg-missing', 'unsecured-with-signature'])

/** The server's HS256 key as bytes. */
function signingKeyBytes(state: ServerState): Uint8Array {
  return base64url.decode(state.signingKey.secret)
}

/**
 * Signs an access token for a user: header `{"alg":"HS256","typ":"JWT"}`, claims
 * `sub` (the id as a string, RFC 7519 §4.1.2), `name`, `role`, `iat`, `exp`, and
 * `iss` and `aud` naming this server, so a token minted elsewhere with the same key
 * is refused (RFC 8725 §3.8, §3.9).
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
    iss: TOKEN_ISSUER,
    aud: TOKEN_AUDIENCE,
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
 * check `alg` against the pinned list, verify the signature, check that `iss` and
 * `aud` name this server, check `exp`. The verdict comes from jose's jwtVerify;
 * the HMAC is also computed here so the learner can compare the received and
 * expected signatures byte by byte.
 */
export async function verifyAccessToken(
  state: ServerState,
  token: string,
  now: number,
): Promise<TokenVerification> {
  const steps: ServerStep[] = []
  const reject = (code: TokenErrorCode, description: string): TokenVerification => ({
    steps,
    outcome: { ok: false, code, description },
  })

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

  const key = signingKeyBytes(state)
  const [hmac, verdict] = await Promise.all([
    checkHmacSignature(token, key),
    joseVerdict(token, key, {
      algorithms: allowed,
      ...PARTIES,
      now,
    }),
  ])
  if (!verdict.ok && verdict.phase === 'header') {
    const sentence = `alg "${alg}" is on the pinned list, but jose refused the header: ${verdict.error.message}. A server must refuse a header it cannot fully honour, such as an unknown "crit" extension (RFC 7515 §4.1.11).`
    steps.push(failed('token.header-checked', sentence))
    return reject('token_header_invalid', sentence)
  }
  steps.push(
    passed(
      'token.header-checked',
      `alg "${alg}" is on the server's pinned list (${allowed.join(', ')}).`,
    ),
  )

  const signatureData = {
    alg,
    signingInput: hmac.signingInput ?? '',
    signatureReceived: hmac.signatureReceived ?? '',
    signatureComputed: hmac.signatureComputed ?? '',
    bytesMatch: String(hmac.match),
  }
  if (!verdict.ok && verdict.phase === 'signature') {
    const sentence =
      "The signature does not match the HMAC of header.payload under the server's secret: the token was changed after signing, or signed with another key."
    steps.push(failed('token.signature-checked', sentence, signatureData))
    return reject('token_signature_invalid', sentence)
  }
  steps.push(
    passed(
      'token.signature-checked',
      "The HMAC-SHA-256 of header.payload under the server's secret equals the received signature: the token is exactly as the server signed it.",
      signatureData,
    ),
  )

  if (verdict.ok) {
    steps.push(...acceptedClaimSteps(verdict.claims, now))
    return { steps, outcome: { ok: true, claims: verdict.claims } }
  }
  const refused = refusedClaimSteps(verdict, PARTIES, now)
  steps.push(...refused.steps)
  return reject(refused.failure.code, refused.failure.description)
}

function findSplitProblem(decoded: DecodedToken, token: string): string | null {
  if (decoded.token !== token) {
    return 'it has whitespace or a "Bearer" prefix of its own around it.'
  }
  const problem = decoded.problems.find((found) => !HEADER_PROBLEMS.has(found.code))
  return problem === undefined ? null : `${problem.message}.`
}
