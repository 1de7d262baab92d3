import { isJsonObject } from '../jwt/json-segment'

/**
 * Which pasted key texts are public, and so may be written to storage or put in
 * a link: a secret or a private key never is. When in doubt the answer is no,
 * since a public key is easy to paste again and a leaked secret is not.
 */

const PUBLIC_LABELS = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE'])
const ARMOUR = /-{2,}\s*(?:BEGIN|END) ([A-Z0-9][A-Z0-9 ]*?)\s*-{2,}/g
const PUBLIC_KEY_TYPES = new Set(['RSA', 'EC', 'OKP'])
// RFC 7518 §6.2.2, §6.3.2 and RFC 8037 §2: any of these makes a JWK private.
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k']

/**
 * True when `text` is only public key material: PEM public keys or certificates,
 * or a JWK or JWKS whose every key is public. Secrets, private keys, bare base64
 * and anything unreadable are not.
 */
export function isPublicKeyText(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '') return false
  if (trimmed.startsWith('{')) return isPublicJson(trimmed)
  const labels = [...trimmed.matchAll(ARMOUR)].map((match) => match[1] ?? '')
  return labels.length > 0 && labels.every((label) => PUBLIC_LABELS.has(label))
}

function isPublicJson(text: string): boolean {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return false
  }
  if (!isJsonObject(value)) return false
  const keys = value['keys']
  if (keys === undefined) return isPublicJwk(value)
  return Array.isArray(keys) && keys.length > 0 && keys.every(isPublicJwk)
}

function isPublicJwk(value: unknown): boolean {
  return (
    isJsonObject(value) &&
    typeof value['kty'] === 'string' &&
    PUBLIC_KEY_TYPES.has(value['kty']) &&
    PRIVATE_MEMBERS.every((member) => !(member in value))
  )
}
