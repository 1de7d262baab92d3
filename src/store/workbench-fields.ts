import type { SecretEncoding } from '../jwt/keys/hmac-secret'

/**
 * What the learner has typed into the token workbench, exactly as typed. Kept in
 * a store rather than in the panels, so a retried panel or a reload gives the
 * text back (a secret excepted: see workbench-saved.ts).
 */

/** Which clock the workbench checks times against: this computer's, or one the learner sets. */
export type ClockMode = 'live' | 'fixed'

/** Every field of the workbench's verify form and token box. */
export interface WorkbenchFields {
  readonly tokenText: string
  /** A secret, PEM, JWK or JWKS, as pasted. */
  readonly keyText: string
  readonly secretEncoding: SecretEncoding
  /** Keep whitespace at the ends of a secret, for the rare key that really has it. */
  readonly keepSecretWhitespace: boolean
  /** The algorithms the learner allows; null means the key's default. Never saved. */
  readonly algorithms: readonly string[] | null
  /** Clock skew forgiven on exp, nbf and iat, in seconds, as typed. */
  readonly leeway: string
  /** Expected issuers, comma-separated as typed; empty leaves iss unchecked. */
  readonly issuer: string
  /** Expected audiences, comma-separated as typed; empty leaves aud unchecked. */
  readonly audience: string
  readonly clockMode: ClockMode
  /** The fixed clock as typed (ISO 8601 or seconds since 1970), used in 'fixed' mode. */
  readonly fixedTime: string
}

/** The workbench as a first visit shows it. */
export const INITIAL_WORKBENCH: WorkbenchFields = {
  tokenText: '',
  keyText: '',
  secretEncoding: 'utf8',
  keepSecretWhitespace: false,
  algorithms: null,
  leeway: '0',
  issuer: '',
  audience: '',
  clockMode: 'live',
  fixedTime: '',
}

/** A comma-separated field as the list verifyToken expects, or undefined when empty. */
export function listOf(text: string): string[] | undefined {
  const names = text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  return names.length === 0 ? undefined : names
}
