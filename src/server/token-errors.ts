/** Which check a rejected token failed; the `error` of the JSON reply. */
export type TokenErrorCode =
  | 'token_malformed'
  | 'token_algorithm_not_allowed'
  | 'token_header_invalid'
  | 'token_signature_invalid'
  | 'token_expired'
  | 'token_claims_invalid'

/** A failed token check: the reply's error code and the sentence that explains it. */
export interface TokenFailure {
  readonly code: TokenErrorCode
  readonly description: string
}

/** A short, ASCII-only summary per error, for the `error_description` of the challenge. */
export const TOKEN_ERROR_SUMMARY: Readonly<Record<TokenErrorCode, string>> = {
  token_malformed: 'The token is malformed',
  token_algorithm_not_allowed: 'The token algorithm is not allowed',
  token_header_invalid: 'The token header is not supported',
  token_signature_invalid: 'The token signature is invalid',
  token_expired: 'The token has expired',
  token_claims_invalid: 'The token claims are invalid',
}
