import type { TokenNotice } from './token-problem'

/** The pasted text with the wrapping people copy along removed, and what was removed. */
export interface CleanedToken {
  readonly token: string
  readonly notices: readonly TokenNotice[]
}

const HEADER_NAME = /^authorization\s*:\s*/i
const BEARER_PREFIX = /^(bearer)\s+/i

/**
 * Strips what surrounds a token when it is copied from a request or a log: an
 * `Authorization:` header name, the `Bearer` scheme (any case) and surrounding
 * whitespace. Each removal comes with a notice, so nothing changes silently.
 * Whitespace inside the token is left for the decoder to report.
 */
export function cleanToken(input: string): CleanedToken {
  const notices: TokenNotice[] = []
  let token = input.trim()
  if (token !== input) {
    notices.push({
      code: 'trimmed-whitespace',
      message: 'removed whitespace or line breaks around the token',
    })
  }
  const headerName = HEADER_NAME.exec(token)
  if (headerName) {
    token = token.slice(headerName[0].length)
    notices.push({
      code: 'removed-header-name',
      message: 'removed "Authorization:": paste only the header value or the token',
    })
  }
  const bearer = BEARER_PREFIX.exec(token)
  if (bearer) {
    token = token.slice(bearer[0].length)
    notices.push({
      code: 'removed-bearer-prefix',
      message: `removed "${bearer[1] ?? 'Bearer'} " prefix`,
    })
  }
  return { token, notices }
}
