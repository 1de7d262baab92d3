import { errors, jwtVerify, type JWTPayload } from 'jose'

/** The checks jose makes, in the order it makes them. */
export type JosePhase = 'header' | 'signature' | 'claims' | 'exp'

/** Which of jose's checks refused a token, and why. */
export interface JoseRefusal {
  readonly ok: false
  readonly phase: JosePhase
  readonly error: errors.JOSEError
  /** The payload jose had read when a claim check failed; null before that. */
  readonly claims: JWTPayload | null
}

/** jose's conclusion: the claims it vouches for, or which check refused the token. */
export type JoseVerdict = { readonly ok: true; readonly claims: JWTPayload } | JoseRefusal

/** What the server requires of every token besides its signature. */
export interface TokenRequirements {
  readonly algorithms: readonly string[]
  readonly issuer: string
  readonly audience: string
  /** Virtual-clock milliseconds. */
  readonly now: number
}

/**
 * Runs jose's jwtVerify, which gives the verdict, and names the check that
 * refused the token, so each refusal is narrated under the step that made it.
 * jose checks the header, then the signature, then the presence of iss, aud and
 * exp, the values of iss and aud, nbf, and last exp.
 */
export async function joseVerdict(
  token: string,
  key: Uint8Array,
  requirements: TokenRequirements,
): Promise<JoseVerdict> {
  try {
    const { payload } = await jwtVerify(token, key, {
      algorithms: [...requirements.algorithms],
      currentDate: new Date(requirements.now),
      requiredClaims: ['exp'],
      issuer: requirements.issuer,
      audience: requirements.audience,
    })
    return { ok: true, claims: payload }
  } catch (error) {
    return refusal(error)
  }
}

function refusal(error: unknown): JoseRefusal {
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return { ok: false, phase: 'signature', error, claims: null }
  }
  if (error instanceof errors.JWTExpired) {
    return { ok: false, phase: 'exp', error, claims: error.payload }
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const phase = error.claim === 'exp' ? 'exp' : 'claims'
    return { ok: false, phase, error, claims: error.payload }
  }
  // Thrown once the signature held: the payload is no JWT claims set.
  if (error instanceof errors.JWTInvalid) {
    return { ok: false, phase: 'claims', error, claims: null }
  }
  // Thrown before the signature is computed: a header jose will not honour.
  if (
    error instanceof errors.JWSInvalid ||
    error instanceof errors.JOSENotSupported ||
    error instanceof errors.JOSEAlgNotAllowed
  ) {
    return { ok: false, phase: 'header', error, claims: null }
  }
  // Anything else is a bug of ours; the request handler turns it into a 500.
  throw error
}
