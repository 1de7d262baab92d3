import { base64url, exportJWK, importJWK, type JWK } from 'jose'
import type { JsonObject } from '../json-segment'
import {
  isEncryptionAlgorithm,
  jwsAlgorithm,
  notSupportedMessage,
} from '../verify/jws-algorithms'
import { describeJwk, type KeyOrigin } from './describe-key'
import {
  keyProblem,
  type KeyNotice,
  type KeyProblem,
  type KeyReading,
} from './key-reading'

const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv']
const IMPORT_ALG: Readonly<Record<string, string>> = {
  'P-256': 'ES256',
  'P-384': 'ES384',
  'P-521': 'ES512',
  Ed25519: 'EdDSA',
}

/**
 * Reads one JWK (RFC 7517) as a verification key. Public RSA, EC and OKP keys are
 * imported by jose and exported again, so only keys WebCrypto accepts get through
 * and the key jose verifies with carries nothing but the public values, its
 * `kid` and its `alg`. A private JWK is refused rather than quietly trimmed: a
 * private key should never be pasted into a tool.
 */
export async function readJwk(
  jwk: JsonObject,
  origin: KeyOrigin,
  notices: readonly KeyNotice[],
): Promise<KeyReading> {
  const refusal = refuseJwk(jwk)
  if (refusal !== null) return keyProblem(refusal.code, refusal.message, notices)
  const kid = typeof jwk['kid'] === 'string' ? { kid: jwk['kid'] } : {}
  const alg = typeof jwk['alg'] === 'string' ? { alg: jwk['alg'] } : {}
  if (jwk['kty'] === 'oct') {
    const bytes = decodeMember(jwk['k'])
    if (bytes === null || bytes.length === 0) {
      return keyProblem(
        bytes === null ? 'invalid-jwk' : 'empty',
        'an "oct" JWK carries its secret in "k" as base64url (RFC 7518 §6.4.1), and this one has none that decodes: copy the whole key',
        notices,
      )
    }
    const described: JWK = { kty: 'oct', k: base64url.encode(bytes), ...kid, ...alg }
    return readingOf(described, bytes, origin, notices)
  }
  const publicPart = publicMembers(jwk)
  const importAlg = jwk['kty'] === 'RSA' ? 'RS256' : IMPORT_ALG[String(jwk['crv'])]
  try {
    const imported = await importJWK(publicPart, importAlg, { extractable: true })
    const exported = await exportJWK(imported)
    const material: JWK = { ...exported, ...kid, ...alg }
    return readingOf(material, material, origin, notices)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return keyProblem(
      'key-rejected',
      `WebCrypto refused this ${String(jwk['kty'])} key (${reason}): a value is damaged, cut off or not a point on the curve; copy the key again from its source`,
      notices,
    )
  }
}

/** Why this JWK cannot verify a JWS, or null when it can be imported. */
function refuseJwk(jwk: JsonObject): KeyProblem | null {
  const { kty, crv, use, alg } = jwk
  if (typeof kty !== 'string') {
    return {
      code: 'invalid-jwk',
      message:
        'this JSON has no "kty" member, so it is not a JWK (RFC 7517 §4.1): paste a JWK such as {"kty":"RSA","n":"…","e":"AQAB"} or a JWKS {"keys":[…]}',
    }
  }
  const privateMembers = PRIVATE_MEMBERS.filter((name) => name in jwk)
  if (kty !== 'oct' && privateMembers.length > 0) {
    return {
      code: 'private-key',
      message: `this is a private key (it has ${privateMembers.map((name) => `"${name}"`).join(', ')}); paste the public key: the same JWK without those members. Verifying needs only the public part, and a private key should never leave its owner`,
    }
  }
  if (use !== undefined && use !== 'sig') {
    return notForSigning(`its "use" is ${JSON.stringify(use)}, not "sig" (RFC 7517 §4.2)`)
  }
  const ops = jwk['key_ops']
  if (Array.isArray(ops) && !ops.includes('verify')) {
    return notForSigning(`its "key_ops" ${JSON.stringify(ops)} do not include "verify"`)
  }
  if (typeof alg === 'string' && jwsAlgorithm(alg) === null) {
    if (isEncryptionAlgorithm(alg)) return notForSigning(`its "alg" is ${alg}`)
    return { code: 'unsupported-key', message: notSupportedMessage(alg, 'JWS') }
  }
  if (kty === 'RSA' || kty === 'oct') return null
  if (kty === 'EC' || kty === 'OKP') return refuseCurve(kty, crv)
  return {
    code: 'unsupported-key',
    message: `a "${kty}" key cannot verify a JWS here: this workbench checks RSA, EC (P-256/384/521), OKP (Ed25519) and "oct" (HMAC) keys`,
  }
}

function refuseCurve(kty: string, crv: unknown): KeyProblem | null {
  if (
    typeof crv === 'string' &&
    crv in IMPORT_ALG &&
    (kty === 'EC') === crv.startsWith('P-')
  ) {
    return null
  }
  if (crv === 'X25519' || crv === 'X448') {
    return notForSigning(`${crv} is a key-agreement curve (ECDH-ES encryption)`)
  }
  const shown = typeof crv === 'string' ? `"${crv}"` : 'missing'
  const alg = crv === 'secp256k1' ? 'ES256K' : crv === 'Ed448' ? 'Ed448' : ''
  return {
    code: typeof crv === 'string' ? 'unsupported-key' : 'invalid-jwk',
    message:
      alg !== ''
        ? notSupportedMessage(alg, 'JWS')
        : `an ${kty} key with "crv" ${shown} cannot verify a JWS here: EC keys must be on P-256, P-384 or P-521 and OKP keys on Ed25519 (RFC 7518 §6.2.1.1, RFC 8037 §2)`,
  }
}

function notForSigning(reason: string): KeyProblem {
  return {
    code: 'not-for-signing',
    message: `this key is for encryption, not signatures: ${reason}. Paste the public key that belongs to the token's signer`,
  }
}

function publicMembers(jwk: JsonObject): JWK {
  const names = jwk['kty'] === 'RSA' ? ['kty', 'n', 'e'] : ['kty', 'crv', 'x', 'y']
  return Object.fromEntries(
    names.filter((name) => name in jwk).map((name) => [name, jwk[name]]),
  )
}

function readingOf(
  jwk: JWK,
  material: JWK | Uint8Array,
  origin: KeyOrigin,
  notices: readonly KeyNotice[],
): KeyReading {
  const description = describeJwk(jwk, origin)
  return { ok: true, key: { description, material, otherSecretReading: null }, notices }
}

function decodeMember(value: unknown): Uint8Array | null {
  if (typeof value !== 'string') return null
  try {
    return base64url.decode(value)
  } catch {
    return null
  }
}
