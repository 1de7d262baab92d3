import { readBearer } from '../http/authorization'
import type { TokenNotice } from './token-problem'

/** The pasted text with the wrapping people copy along removed, and what was removed. */
export interface CleanedToken {
  readonly token: string
  /** Index in the pasted text where `token` starts, so positions can count from there. */
  readonly start: number
  readonly notices: readonly TokenNotice[]
}

const HEADER_NAME = /^authorization\s*:\s*/i

/**
 * Strips what surrounds a token when it is copied from a request or a log: an
 * `Authorization:` header name, the `Bearer` scheme (any case) and surrounding
 * whitespace. Each removal comes with a notice, so nothing changes silently. The
 * scheme is found by the same rule the server uses, but more leniently: any
 * whitespace may follow it, and whatever comes after is left for the decoder to
 * report, whitespace inside the token included.
 */
export function cleanToken(input: string): CleanedToken {
  const notices: TokenNotice[] = []
  let token = input.trim()
  let start = input.length - input.trimStart().length
  if (token !== input) {
    notices.push({
      code: 'trimmed-whitespace',
      message: 'removed whitespace or line breaks around the token',
    })
  }
  const headerName = HEADER_NAME.exec(token)
  if (headerName) {
    token = token.slice(headerName[0].length)
    start += headerName[0].length
    notices.push({
      code: 'removed-header-name',
      message: 'removed "Authorization:": paste only the header value or the token',
    })
  }
  const bearer = readBearer(token)
  if (bearer.kind === 'bearer' && bearer.token !== '') {
    token = bearer.token
    start += bearer.tokenStart
    notices.push({
      code: 'removed-bearer-prefix',
      message: `removed "${bearer.scheme} " prefix`,
    })
  }
  return { token, start, notices }
}
