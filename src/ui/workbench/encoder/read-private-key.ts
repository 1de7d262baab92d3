import { exportJWK, importJWK, importPKCS8, type CryptoKey, type JWK } from 'jose'
import { isJsonObject } from '../../../jwt/json-segment'
import { bitLength } from '../../../jwt/keys/describe-key'
import { armourLabel, hasArmour, readPemText } from '../../../jwt/keys/pem-text'
import { pemFromDer } from '../../../jwt/keys/spki'
import { withArticle } from './with-article'

/** What the key is for, and the words for what the algorithm needs from it. */
export interface PrivateKeyPurpose {
  readonly operation: 'sign' | 'decrypt'
  /** The JWS or JWE `alg` the key is imported for, e.g. "ES256" or "ECDH-ES". */
  readonly alg: string
  /** E.g. "an EC private key on curve P-256; its public key verifies". */
  readonly needs: string
  /** Picks the entry of a pasted JWKS, e.g. the JWE header's `kid`. */
  readonly kid?: string | null
}

/** A pasted private key, imported for one algorithm. */
export interface PrivateKey {
  readonly ok: true
  readonly format: 'pem-pkcs8' | 'jwk'
  /** A WebCrypto key; for an oct JWK, its bytes. */
  readonly key: CryptoKey | Uint8Array
  /** The public half, imported for the same alg; null for an oct JWK. */
  readonly publicKey: CryptoKey | null
  /** E.g. "EC private key on P-256, kid "enc-key-1", from a JWK". */
  readonly summary: string
  /** What was tidied in a PEM block before it was read. */
  readonly notices: readonly string[]
}

/** Why the pasted text gave no private key. */
export interface PrivateKeyProblem {
  readonly ok: false
  readonly message: string
  readonly notices: readonly string[]
}

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'] as const
const CONVERT =
  'convert it to PKCS #8 first (openssl pkey -in key.pem -out key-pkcs8.pem)'
const OTHER_LABELS: Readonly<Record<string, string>> = {
  'RSA PRIVATE KEY': `this is a PKCS #1 RSA private key, which WebCrypto cannot import: ${CONVERT}`,
  'EC PRIVATE KEY': `this is a SEC 1 EC private key, which WebCrypto cannot import: ${CONVERT}`,
  'OPENSSH PRIVATE KEY': `this is an OpenSSH private key, which WebCrypto cannot import: ${CONVERT}`,
  'ENCRYPTED PRIVATE KEY': `this private key is protected by a password: remove the password and ${CONVERT}`,
}

/**
 * Reads a private key pasted as PEM PKCS #8 ("BEGIN PRIVATE KEY") or as a JWK
 * (or a JWKS, picked by `kid`) and imports it with jose for one algorithm,
 * extractable so the key panel can export it again. PEM is tidied the way the
 * verification key reader tidies it. Never throws for any text.
 */
export async function readPrivateKey(
  text: string,
  purpose: PrivateKeyPurpose,
): Promise<PrivateKey | PrivateKeyProblem> {
  const trimmed = text.trim()
  if (trimmed === '')
    return problem(`no key given: ${purpose.alg} needs ${purpose.needs}`)
  if (hasArmour(trimmed)) return readPem(trimmed, purpose)
  if (trimmed.startsWith('{')) return readJson(trimmed, purpose)
  return problem(
    `this is neither a PEM block nor a JWK: paste a private key that starts with "-----BEGIN PRIVATE KEY-----" or "{"; ${purpose.alg} needs ${purpose.needs}`,
  )
}

async function readPem(text: string, purpose: PrivateKeyPurpose) {
  const label = armourLabel(text) ?? ''
  if (label !== 'PRIVATE KEY') {
    return problem(OTHER_LABELS[label] ?? publicKeyAdvice(label, purpose))
  }
  const pem = readPemText(text)
  const notices = pem.notices.map((notice) => notice.message)
  if (!pem.ok) return problem(pem.problem.message, notices)
  try {
    const key = await importPKCS8(pemFromDer('PRIVATE KEY', pem.der), purpose.alg, {
      extractable: true,
    })
    const jwk = await exportJWK(key)
    return await imported(key, jwk, 'pem-pkcs8', purpose, notices)
  } catch (cause) {
    return problem(refusal(cause, purpose), notices)
  }
}

async function readJson(text: string, purpose: PrivateKeyPurpose) {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return problem(
      `the key starts with "{" but is not valid JSON (${detail}): copy the whole JWK again`,
    )
  }
  const jwk = isJsonObject(value) ? pickJwk(value, purpose.kid ?? null) : null
  if (jwk === null) {
    return problem(
      'this JSON is not one JWK, and no entry of the key set matches the token\'s "kid": paste the single private JWK',
    )
  }
  if (jwk.kty !== 'oct' && PRIVATE_MEMBERS.every((name) => jwk[name] === undefined)) {
    return problem(publicKeyAdvice('public JWK, without "d"', purpose))
  }
  try {
    const key = await importJWK(jwk, purpose.alg, { extractable: true })
    return await imported(key, jwk, 'jwk', purpose, [])
  } catch (cause) {
    return problem(refusal(cause, purpose))
  }
}

async function imported(
  key: CryptoKey | Uint8Array,
  jwk: JWK,
  format: PrivateKey['format'],
  purpose: PrivateKeyPurpose,
  notices: readonly string[],
): Promise<PrivateKey> {
  // Only the key panel of the signer exports the public half.
  const publicKey =
    key instanceof Uint8Array || purpose.operation !== 'sign'
      ? null
      : await importJWK(publicHalf(jwk), purpose.alg, { extractable: true })
  const summary = [
    describe(jwk),
    typeof jwk.kid === 'string' ? `kid ${JSON.stringify(jwk.kid)}` : null,
    format === 'jwk' ? 'from a JWK' : 'from PEM PKCS #8',
  ]
  return {
    ok: true,
    format,
    key,
    publicKey: publicKey instanceof Uint8Array ? null : publicKey,
    summary: summary.filter((part) => part !== null).join(', '),
    notices,
  }
}

/** The JWK itself, or the one entry of a JWKS that `kid` (or being alone) picks. */
function pickJwk(value: Record<string, unknown>, kid: string | null): JWK | null {
  if (!Array.isArray(value['keys'])) return value as JWK
  const keys = value['keys'].filter(isJsonObject) as JWK[]
  const match = keys.filter((key) => kid !== null && key.kid === kid)
  if (match.length === 1) return match[0] ?? null
  return keys.length === 1 ? (keys[0] ?? null) : null
}

function publicHalf(jwk: JWK): JWK {
  const copy: JWK = { ...jwk }
  for (const name of PRIVATE_MEMBERS) delete copy[name]
  delete copy.key_ops
  delete copy.ext
  return copy
}

function describe(jwk: JWK): string {
  if (jwk.kty === 'RSA') return `RSA private key, ${bitLength(jwk.n) ?? '?'}-bit modulus`
  if (jwk.kty === 'EC') return `EC private key on ${jwk.crv ?? '?'}`
  if (jwk.kty === 'OKP') return `${jwk.crv ?? 'OKP'} private key`
  return 'secret key (oct JWK)'
}

function publicKeyAdvice(label: string, purpose: PrivateKeyPurpose): string {
  const what =
    label === '' ? 'this PEM block is not a private key' : `this is ${withArticle(label)}`
  return purpose.operation === 'sign'
    ? `${what}, which can only verify: signing ${purpose.alg} needs ${purpose.needs}`
    : `${what}: the sender encrypts with the public key, and only the private key decrypts; ${purpose.alg} needs ${purpose.needs}`
}

function refusal(cause: unknown, purpose: PrivateKeyPurpose): string {
  const reason = (cause instanceof Error ? cause.message : String(cause)).replace(
    /\.$/,
    '',
  )
  return `this key cannot ${purpose.operation} ${purpose.alg} (${reason}): ${purpose.alg} needs ${purpose.needs}`
}

function problem(message: string, notices: readonly string[] = []): PrivateKeyProblem {
  return { ok: false, message, notices }
}
