import { base64url } from 'jose'
import { describeSecret } from './describe-key'
import {
  keyProblem,
  type KeyNotice,
  type KeyReading,
  type OtherSecretReading,
} from './key-reading'

/** How a typed secret becomes HMAC key bytes: its UTF-8 text, or the bytes it encodes. */
export type SecretEncoding = 'utf8' | 'base64'

const encoder = new TextEncoder()
const BASE64_TEXT = /^[A-Za-z0-9+/_-]+={0,2}$/

/**
 * Reads a typed HMAC secret (RFC 7518 §3.2 keys are octets) as UTF-8 text or, when
 * the learner says so, as base64 or base64url bytes. Whitespace at the ends is
 * removed and reported, since a copied secret so often drags a newline along;
 * `keepWhitespace` keeps it for the rare key that really has it. The other
 * reading is kept too, so a failed check can say "read as base64, it verifies".
 */
export function readSecret(
  text: string,
  encoding: SecretEncoding,
  keepWhitespace = false,
): KeyReading {
  const notices: KeyNotice[] = []
  const trimmed = keepWhitespace ? text : text.trim()
  if (trimmed !== text) {
    notices.push({
      code: 'secret-whitespace',
      message: `removed ${describeWhitespace(text)} at the ends of the secret; whitespace would count as key bytes`,
    })
  }
  if (trimmed === '') {
    return keyProblem(
      'empty',
      'no secret given: type the secret the token was signed with',
      notices,
    )
  }
  const utf8 = encoder.encode(trimmed)
  const decoded = decodeBase64(trimmed)
  if (encoding === 'utf8') {
    const other: OtherSecretReading | null =
      decoded.bytes === null ? null : { format: 'secret-base64', bytes: decoded.bytes }
    return secretReading(utf8, 'secret-utf8', other, notices)
  }
  if (decoded.bytes === null)
    return keyProblem('secret-encoding', decoded.problem, notices)
  return secretReading(
    decoded.bytes,
    'secret-base64',
    { format: 'secret-utf8', bytes: utf8 },
    notices,
  )
}

function secretReading(
  bytes: Uint8Array,
  format: 'secret-utf8' | 'secret-base64',
  otherSecretReading: OtherSecretReading | null,
  notices: readonly KeyNotice[],
): KeyReading {
  return {
    ok: true,
    key: {
      description: describeSecret(bytes, format),
      material: bytes,
      otherSecretReading,
    },
    notices,
  }
}

/**
 * Base64 (RFC 4648 §4) or base64url (§5) text as bytes, padded or not, or the
 * reason it is neither. Line breaks inside are not allowed: a wrapped secret must
 * be joined first, and saying so beats guessing.
 */
function decodeBase64(
  text: string,
): { bytes: Uint8Array; problem: null } | { bytes: null; problem: string } {
  if (!BASE64_TEXT.test(text)) {
    const index = [...text].findIndex((character, at, all) =>
      character === '='
        ? !/^=*$/.test(all.slice(at).join(''))
        : !/[A-Za-z0-9+/_-]/.test(character),
    )
    const character = [...text][index] ?? ''
    const shown = /\s/.test(character) ? 'whitespace' : JSON.stringify(character)
    return {
      bytes: null,
      problem: `the secret is not base64: ${shown} at position ${index + 1} is outside the alphabet (A-Z, a-z, 0-9, + / or - _, and = at the end). If the secret is a password or passphrase, read it as UTF-8 text instead`,
    }
  }
  const body = text.replace(/=+$/, '')
  const hasStandard = /[+/]/.test(body)
  const hasUrl = /[-_]/.test(body)
  if (body.length % 4 === 1 || (hasStandard && hasUrl)) {
    return {
      bytes: null,
      problem:
        hasStandard && hasUrl
          ? 'the secret mixes the base64 alphabet (+ /) with the base64url one (- _), so it is neither: copy it again from its source'
          : `${body.length} base64 characters cannot encode whole bytes: one is missing or extra; copy the secret again`,
    }
  }
  return {
    bytes: base64url.decode(body.replaceAll('+', '-').replaceAll('/', '_')),
    problem: null,
  }
}

/** "2 spaces and a line break": what trimming took off both ends. */
function describeWhitespace(text: string): string {
  const leading = /^\s*/.exec(text)?.[0] ?? ''
  const trailing = leading === text ? '' : (/\s*$/.exec(text)?.[0] ?? '')
  const counts = new Map<string, number>()
  for (const character of leading + trailing) {
    const name = nameOf(character)
    counts.set(name, (counts.get(name) ?? 0) + 1)
  }
  return [...counts]
    .map(([name, count]) => (count === 1 ? `a ${name}` : `${count} ${name}s`))
    .join(' and ')
}

function nameOf(character: string): string {
  if (character === '\n') return 'line break'
  if (character === '\r') return 'carriage return'
  if (character === '\t') return 'tab'
  if (character === ' ') return 'space'
  return `U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} character`
}
