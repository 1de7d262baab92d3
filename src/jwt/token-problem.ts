/**
 * The vocabulary the token decoder reports in: which part of a compact token a
 * finding is about, and the stable codes the UI looks explanations up by.
 */

/** A segment of a compact JWS (3 parts) or JWE (5 parts), or the token as a whole. */
export type PartName =
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'segment'
  | 'token'

/** Why a token is not a well-formed compact JWS or JWE. */
export type TokenProblemCode =
  | 'empty'
  | 'part-count'
  | 'whitespace-inside'
  | 'percent-encoded'
  | 'standard-base64'
  | 'base64-padding'
  | 'invalid-character'
  | 'invalid-length'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-object'
  | 'alg-missing'
  | 'unsecured-with-signature'

/** One thing wrong with a token, located as precisely as the decoder can. */
export interface TokenProblem {
  readonly code: TokenProblemCode
  readonly part: PartName
  /** Index into the cleaned token where the fault starts, when it has a position. */
  readonly offset?: number
  /** One sentence: what is wrong, the rule it breaks, and what to do. */
  readonly message: string
}

/** Something the decoder changed in the pasted text before decoding it. */
export type TokenNoticeCode =
  'trimmed-whitespace' | 'removed-bearer-prefix' | 'removed-header-name'

export interface TokenNotice {
  readonly code: TokenNoticeCode
  readonly message: string
}

/** How a learner reads a segment's position: "segment 3 (signature)". */
export function segmentLabel(index: number, part: PartName): string {
  return part === 'segment' ? `segment ${index + 1}` : `segment ${index + 1} (${part})`
}
