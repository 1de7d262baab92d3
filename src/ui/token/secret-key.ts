import { base64url } from 'jose'
import type { SecretEncoding } from '../../store/drafts'

/** A typed secret read as HMAC key bytes, or why it cannot be, and what looks off. */
export interface SecretKey {
  /** The key bytes; null when the text is not valid in the chosen encoding. */
  readonly bytes: Uint8Array | null
  /** Why the text cannot be read as the chosen encoding, and what to do. */
  readonly error: string | null
  /** Things that are legal but usually a mistake, such as a stray space. */
  readonly warnings: readonly string[]
}

const BASE64URL = /^[A-Za-z0-9_-]*$/
const encoder = new TextEncoder()

/**
 * Turns the token box's secret into key bytes: as UTF-8 text (a password-like
 * secret), or as base64url (random key bytes, as Bouncer's own server keeps its
 * HS256 key). Nothing is trimmed: a space is part of a UTF-8 key, so it is only
 * pointed out.
 */
export function secretKey(secret: string, encoding: SecretEncoding): SecretKey {
  const warnings = whitespaceWarnings(secret)
  if (encoding === 'utf8') return { bytes: encoder.encode(secret), error: null, warnings }
  const error = base64urlProblem(secret)
  if (error !== null) return { bytes: null, error, warnings }
  try {
    return { bytes: base64url.decode(secret), error: null, warnings }
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    return { bytes: null, error: `Not base64url: ${reason}`, warnings }
  }
}

/** The key's size as the hint next to the field says it: "32 bytes (256 bits)". */
export function keySize(bytes: Uint8Array): string {
  const count = bytes.length
  return `${count} ${count === 1 ? 'byte' : 'bytes'} (${count * 8} bits)`
}

function whitespaceWarnings(secret: string): string[] {
  const warnings: string[] = []
  if (/^\s/.test(secret) || /\s$/.test(secret)) {
    warnings.push(
      'The secret starts or ends with whitespace. It counts as part of the key, and a copied secret often picks up a stray space or newline: remove it unless the key really has it.',
    )
  }
  if (/[\r\n]/.test(secret.trim())) {
    warnings.push(
      'The secret contains a line break. A key that was wrapped over several lines must be joined into one line first.',
    )
  }
  return warnings
}

/** Why `text` is not unpadded base64url (RFC 4648 §5), counting characters from 1. */
function base64urlProblem(text: string): string | null {
  if (BASE64URL.test(text)) {
    if (text.length % 4 !== 1) return null
    return `${text.length} characters cannot be base64url: after each group of 4, 1 character is left over, which encodes no whole byte. A character is missing or one too many was copied.`
  }
  const at = [...text].findIndex((character) => !BASE64URL.test(character))
  const character = [...text][at] ?? ''
  const shown = /\s/.test(character) ? 'whitespace' : `"${character}"`
  const hint =
    character === '+' || character === '/'
      ? ' It looks like standard base64: base64url writes - for + and _ for /.'
      : character === '='
        ? ' base64url leaves out the = padding: delete it.'
        : ' If the secret is a password or passphrase, choose UTF-8 text.'
  return `Not base64url: ${shown} at position ${at + 1} is outside its alphabet (A–Z, a–z, 0–9, - and _).${hint}`
}
