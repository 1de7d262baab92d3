/**
 * What the learner has typed into the page's forms. Kept in the store rather than
 * in the panels, so a panel that fails and is retried, a lesson switch or a reload
 * gives the text back.
 */

/** How the token box turns the typed secret into HMAC key bytes. */
export type SecretEncoding = 'utf8' | 'base64url'

/** The request composer's fields, exactly as typed. */
export interface ComposerDraft {
  readonly method: string
  readonly path: string
  readonly body: string
}

/** The tamper form: the claim picked, and each claim's edited value. */
export interface TamperDraft {
  readonly claim: string
  /** Values typed per claim; a claim without one shows the suggested forgery. */
  readonly edits: Readonly<Record<string, string>>
}

/** Every form field the learner can type into. */
export interface Drafts {
  readonly token: string
  readonly secret: string
  readonly secretEncoding: SecretEncoding
  readonly composer: ComposerDraft
  readonly tamper: TamperDraft
  /** The free-play clock's minutes field, as text so a half-typed number survives. */
  readonly clockMinutes: string
}

/** The forms as a first visit shows them. */
export const INITIAL_DRAFTS: Drafts = {
  token: '',
  secret: '',
  secretEncoding: 'utf8',
  composer: { method: 'GET', path: '/profile', body: '' },
  tamper: { claim: 'role', edits: {} },
  clockMinutes: '15',
}
