/** Why a browser stored, replaced, deleted or ignored one `Set-Cookie` field. */
export type CookieOutcomeCode =
  | 'stored'
  | 'replaced'
  | 'deleted'
  | 'ignored.unparseable'
  | 'ignored.control-character'
  | 'ignored.too-large'
  | 'ignored.domain-mismatch'
  | 'ignored.public-suffix'
  | 'ignored.secure-from-insecure-origin'
  | 'ignored.overwrites-secure'
  | 'ignored.overwrites-httponly'
  | 'ignored.httponly-from-script'
  | 'ignored.samesite-none-without-secure'
  | 'ignored.prefix-host'
  | 'ignored.prefix-secure'
  | 'ignored.already-expired'

export interface CookieOutcome {
  readonly code: CookieOutcomeCode
  /** The `Set-Cookie` field value as received. */
  readonly setCookie: string
  /** The cookie's name when it could be parsed. */
  readonly cookieName: string | null
  /** One sentence for the learner: what happened and which rule decided it. */
  readonly message: string
}
