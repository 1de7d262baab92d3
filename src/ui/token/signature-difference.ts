import { base64url } from 'jose'
import { firstDifference } from '../../jwt/byte-compare'

/**
 * Where the signature the server computed and the one it received first differ,
 * by byte, for display after the server's verdict. Null when they do not differ or
 * when either does not decode as base64url, since then there are no bytes to point at.
 */
export function signatureDifference(computed: string, received: string): number | null {
  try {
    return firstDifference(base64url.decode(computed), base64url.decode(received))
  } catch {
    return null
  }
}
