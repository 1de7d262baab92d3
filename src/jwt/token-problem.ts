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
  | 'non-canonical'
  | 'invalid-utf8'
  | 'invalid-json'
  | 'not-an-object'
  | 'alg-missing'
  | 'unsecured-with-signature'

/**
 * One thing wrong with a token, located as precisely as the decoder can. A
 * located problem has both `offset` and `position`, which name the same
 * character of the text as given (`DecodedToken.input`, before any "Bearer " or
 * whitespace was removed); problems about the whole token have neither.
 */
export interface TokenProblem {
  readonly code: TokenProblemCode
  readonly part: PartName
  /** 0-based index into the original input where the fault starts, for slicing. */
  readonly offset?: number
  /** The same character counted from 1, the number the message gives: `offset + 1`. */
  readonly position?: number
  /** One sentence: what is wrong, the rule it breaks, and what to do. */
  readonly message: string
}

/** Where a segment sits in the text the user gave, so its problems can point into it. */
export interface SegmentPlace {
  readonly index: number
  readonly part: PartName
  /** 0-based index of the segment's first character in the original input. */
  readonly offset: number
  /** How messages name the input: "the token", or "the pasted text" once wrapping went. */
  readonly within: string
}

/** A problem at a 0-based offset into the original input, with its 1-based position. */
export function problemAt(
  code: TokenProblemCode,
  part: PartName,
  offset: number,
  message: string,
): TokenProblem {
  return { code, part, offset, position: offset + 1, message }
}

/**
 * Where one character is, as a learner counts:
 * "character 57 of the pasted text, in segment 3 (signature)".
 */
export function characterAt(offset: number, place: SegmentPlace): string {
  return `character ${offset + 1} of ${place.within}, in ${segmentLabel(place.index, place.part)}`
}

/**
 * Where a segment starts, as a learner counts:
 * "segment 2 (payload), from character 38 of the token".
 */
export function segmentAt(place: SegmentPlace): string {
  return `${segmentLabel(place.index, place.part)}, from character ${place.offset + 1} of ${place.within}`
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
