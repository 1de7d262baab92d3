import { base64url } from 'jose'
import { decodeToken } from '../decode-token'
import { isJsonObject, type JsonObject } from '../json-segment'
import { readSecret, type SecretEncoding } from './hmac-secret'
import { readJwk } from './jwk-input'
import { readJwks, type KeyHint } from './jwks-pick'
import { keyProblem, type KeyReading } from './key-reading'
import { readPemKey } from './pem-key'
import { armourLabel, hasArmour } from './pem-text'
import { classifyDer } from './spki'

/** How to read what the learner pasted into the key field. */
export interface KeyReadingOptions {
  /** How a secret (text that is no PEM, JWK or DER) becomes bytes; default UTF-8. */
  readonly secretEncoding?: SecretEncoding
  /** Keep whitespace at the ends of a secret instead of removing it. */
  readonly keepSecretWhitespace?: boolean
  /** The token to be verified: its `kid` and `alg` pick the key out of a JWKS. */
  readonly token?: string
}

const OPENSSH_PUBLIC = /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-[\w-]+|sk-[\w@.-]+)\s/
// DER starts with SEQUENCE (0x30), which base64 writes as "M"; the shortest key
// (Ed25519 SPKI, 44 bytes) is 60 characters.
const BARE_DER = /^M[A-Za-z0-9+/=\s]{59,}$/
const UNSUPPORTED_LABELS: Readonly<Record<string, string>> = {
  'CERTIFICATE REQUEST':
    'this is a certificate signing request, not a certificate: paste the issued certificate or the public key',
  'NEW CERTIFICATE REQUEST':
    'this is a certificate signing request, not a certificate: paste the issued certificate or the public key',
  'SSH2 PUBLIC KEY':
    'this is an SSH2 public key file; convert it to PEM first (ssh-keygen -i -m PKCS8 -f key.pub) and paste the -----BEGIN PUBLIC KEY----- block',
  'PGP PUBLIC KEY BLOCK':
    'this is an OpenPGP key, which JWS does not use: paste a PEM or JWK public key',
}

/**
 * Turns whatever was pasted into the key field into a key jose can verify with:
 * PEM (SPKI, PKCS#1 RSA public key, X.509 certificate), the same without its
 * BEGIN/END lines, a JWK, a JWKS (picking by the token's kid), or an HMAC secret.
 * Every tidy-up is reported as a notice and every failure as a coded problem
 * saying what is wrong and what to do. Never throws for any string.
 */
export async function readVerificationKey(
  input: string,
  options: KeyReadingOptions = {},
): Promise<KeyReading> {
  if (typeof input !== 'string') {
    throw new TypeError(
      `readVerificationKey expects the pasted key as a string, got ${typeof input}`,
    )
  }
  const trimmed = input.trim()
  if (trimmed === '') {
    return keyProblem(
      'empty',
      'no key given: paste the public key (PEM, JWK or JWKS) or type the HMAC secret',
    )
  }
  const label = armourLabel(input)
  if (label !== null && label.includes('PRIVATE KEY')) {
    return keyProblem(
      'private-key',
      `this is a private key (${label}); paste the public key. A verifier needs only the public half, and a private key should never leave its owner`,
    )
  }
  if (label !== null && UNSUPPORTED_LABELS[label] !== undefined) {
    return keyProblem('unsupported-format', UNSUPPORTED_LABELS[label])
  }
  if (hasArmour(input)) return readPemKey(input)
  if (trimmed.startsWith('{')) return readJson(trimmed, options.token)
  if (OPENSSH_PUBLIC.test(trimmed)) {
    return keyProblem(
      'unsupported-format',
      'this is an OpenSSH public key (the authorized_keys format); convert it to PEM first (ssh-keygen -e -m PKCS8 -f key.pub) and paste the -----BEGIN PUBLIC KEY----- block',
    )
  }
  if (BARE_DER.test(trimmed) && looksLikeKeyDer(trimmed)) return readPemKey(input)
  return readSecret(input, options.secretEncoding ?? 'utf8', options.keepSecretWhitespace)
}

async function readJson(text: string, token: string | undefined): Promise<KeyReading> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return keyProblem(
      'invalid-json',
      `the key starts with "{" like a JWK but is not valid JSON (${detail}): copy the whole JWK again. A secret that really starts with "{" cannot be told apart from a broken JWK here`,
    )
  }
  if (!isJsonObject(value)) return keyProblem('invalid-jwk', 'a JWK is a JSON object')
  if ('keys' in value) return readJwks(value, keyHint(token), [])
  return readJwk(value, { format: 'jwk' }, [])
}

/** Whether base64 text decodes to a public key, certificate or private key structure. */
function looksLikeKeyDer(text: string): boolean {
  const compact = text.replace(/\s+/g, '').replace(/=+$/, '')
  if (!/^[A-Za-z0-9+/]+$/.test(compact) || compact.length % 4 === 1) return false
  const der = base64url.decode(compact.replaceAll('+', '-').replaceAll('/', '_'))
  return classifyDer(der) !== 'unknown'
}

/** The kid and alg of the token's (first) header, for picking a key out of a JWKS. */
export function keyHint(token: string | undefined): KeyHint {
  const header =
    token === undefined ? null : (decodeToken(token).header ?? jsonHeader(token))
  const alg = header?.['alg']
  const kid = header?.['kid']
  return {
    alg: typeof alg === 'string' ? alg : null,
    kid: typeof kid === 'string' ? kid : null,
  }
}

/** The joined header of the first signature of a JSON-serialized JWS, if it is one. */
function jsonHeader(token: string): JsonObject | null {
  try {
    const parsed: unknown = JSON.parse(token)
    if (!isJsonObject(parsed)) return null
    const first: unknown = Array.isArray(parsed['signatures'])
      ? parsed['signatures'][0]
      : parsed
    if (!isJsonObject(first)) return null
    const encoded = first['protected']
    const prot: unknown =
      typeof encoded === 'string'
        ? JSON.parse(new TextDecoder().decode(base64url.decode(encoded)))
        : {}
    const unprotected = isJsonObject(first['header']) ? first['header'] : {}
    return isJsonObject(prot) ? { ...prot, ...unprotected } : unprotected
  } catch {
    return null
  }
}
