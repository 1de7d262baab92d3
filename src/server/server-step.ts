/**
 * What the server did inside while answering one request, in order, for the
 * views to narrate ("session created", "signature checked", ...).
 */
export type ServerStepCode =
  | 'route.matched'
  | 'route.unknown'
  | 'request.invalid'
  | 'password.checked'
  | 'session.created'
  | 'session.found'
  | 'session.missing'
  | 'session.expired'
  | 'session.destroyed'
  | 'token.signed'
  | 'token.missing'
  | 'token.split'
  | 'token.header-checked'
  | 'token.signature-checked'
  | 'token.claims-checked'
  | 'token.exp-checked'
  | 'token.forgotten-by-client-only'

export interface ServerStep {
  readonly code: ServerStepCode
  /** Whether this step succeeded; a failed check ends the request. */
  readonly ok: boolean
  /** One sentence a learner can read, e.g. "No session 3f9a… in the store". */
  readonly message: string
  /**
   * Facts behind the step, for the detailed views. For `token.signature-checked`:
   * `signingInput`, `signatureReceived`, `signatureComputed` (base64url) and `alg`.
   */
  readonly data?: Readonly<Record<string, string>>
}
