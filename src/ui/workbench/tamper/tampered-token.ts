import { base64url } from 'jose'
import type { DecodedToken } from '../../../jwt/decode-token'

/** A copy of a JWS with its header or payload edited and its signature kept. */
export interface TamperedToken {
  readonly token: string
  /** Which segments differ from the original: 0 for the header, 1 for the payload. */
  readonly changed: ReadonlySet<number>
}

/**
 * Builds the token a forger would send: the edited JSON text encoded as base64url,
 * byte for byte as typed, and the original signature kept, since nobody without
 * the key can make a new one. A part left as received keeps its exact segment.
 */
export function tamperedToken(
  decoded: DecodedToken,
  headerText: string,
  payloadText: string,
): TamperedToken | null {
  const [header, payload, signature] = decoded.parts
  if (
    decoded.kind !== 'jws' ||
    header === undefined ||
    payload === undefined ||
    signature === undefined ||
    decoded.headerText === null ||
    decoded.payloadText === null
  ) {
    return null
  }
  const changed = new Set<number>()
  const segment = (index: number, original: string, received: string, edited: string) => {
    if (edited === received) return original
    changed.add(index)
    return base64url.encode(edited)
  }
  const token = [
    segment(0, header.text, decoded.headerText, headerText),
    segment(1, payload.text, decoded.payloadText, payloadText),
    signature.text,
  ].join('.')
  return { token, changed }
}
