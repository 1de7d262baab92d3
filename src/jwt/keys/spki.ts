import { base64url } from 'jose'
import { encodeElement, oidText, readChildren, readWhole, TAG } from './der'
import type { KeyFamily, KeyProblemCode } from './key-reading'

/**
 * The public-key structures people paste, told apart by their DER shape rather
 * than by the PEM label, which is often wrong or missing.
 */

/** What a DER blob holds. */
export type DerContent =
  | 'spki'
  | 'pkcs1-public'
  | 'certificate'
  | 'pkcs8-private'
  | 'encrypted-private'
  | 'pkcs1-private'
  | 'sec1-private'
  | 'unknown'

/** Which key a SubjectPublicKeyInfo carries, and how jose can import it. */
export interface SpkiAlgorithm {
  readonly family: KeyFamily | null
  /** The jose alg to import the key with; null when jose cannot verify with it. */
  readonly importAlg: string | null
  /** Why jose cannot verify with this key, when it cannot. */
  readonly refusal: { readonly code: KeyProblemCode; readonly message: string } | null
}

// SEQUENCE { OID 1.2.840.113549.1.1.1 (rsaEncryption), NULL }: RFC 3279 §2.3.1.
const RSA_ALGORITHM_IDENTIFIER = Uint8Array.of(
  0x30,
  0x0d,
  0x06,
  0x09,
  0x2a,
  0x86,
  0x48,
  0x86,
  0xf7,
  0x0d,
  0x01,
  0x01,
  0x01,
  0x05,
  0x00,
)

const EC_CURVES: Readonly<Record<string, { curve: string; alg: string | null }>> = {
  '1.2.840.10045.3.1.7': { curve: 'P-256', alg: 'ES256' },
  '1.3.132.0.34': { curve: 'P-384', alg: 'ES384' },
  '1.3.132.0.35': { curve: 'P-521', alg: 'ES512' },
  '1.3.132.0.10': { curve: 'secp256k1', alg: null },
}

const usable = (family: KeyFamily, importAlg: string): SpkiAlgorithm => ({
  family,
  importAlg,
  refusal: null,
})
const refused = (code: KeyProblemCode, message: string): SpkiAlgorithm => ({
  family: null,
  importAlg: null,
  refusal: { code, message },
})

/** Classifies a DER blob by the shape of its outer SEQUENCE. */
export function classifyDer(der: Uint8Array): DerContent {
  const outer = readWhole(der)
  const parts = outer?.tag === TAG.sequence ? readChildren(outer) : null
  if (!parts || parts.length === 0) return 'unknown'
  const tags = parts.map((part) => part.tag)
  const shape = tags.join(',')
  if (shape === '48,3') return 'spki'
  if (shape === '48,48,3') return 'certificate'
  if (shape === '2,2') return 'pkcs1-public'
  if (shape === '48,4') return 'encrypted-private'
  if (
    tags[0] === TAG.integer &&
    tags[1] === TAG.sequence &&
    tags[2] === TAG.octetString
  ) {
    return 'pkcs8-private'
  }
  if (tags[0] === TAG.integer && tags[1] === TAG.octetString) return 'sec1-private'
  if (tags.length >= 9 && tags.every((tag) => tag === TAG.integer)) return 'pkcs1-private'
  return 'unknown'
}

/** Reads the algorithm OID (and curve) of a SubjectPublicKeyInfo. */
export function spkiAlgorithm(spki: Uint8Array): SpkiAlgorithm {
  const outer = readWhole(spki)
  const identifier = outer && readChildren(outer)?.[0]
  const [oid, parameter] = (identifier && readChildren(identifier)) ?? []
  const algorithm = oid?.tag === TAG.oid ? oidText(oid.content) : null
  switch (algorithm) {
    case '1.2.840.113549.1.1.1':
      return usable('rsa', 'RS256')
    case '1.2.840.10045.2.1': {
      const curveOid = parameter?.tag === TAG.oid ? oidText(parameter.content) : null
      const curve = curveOid === null ? undefined : EC_CURVES[curveOid]
      if (curve?.alg) return usable('ec', curve.alg)
      const name = curve?.curve ?? `the curve with OID ${curveOid ?? '(none)'}`
      return refused(
        'unsupported-key',
        `this is an EC key on ${name}; JWS ECDSA in jose and WebCrypto covers P-256 (ES256), P-384 (ES384) and P-521 (ES512) only, so it cannot be verified here`,
      )
    }
    case '1.3.101.112':
      return usable('okp', 'EdDSA')
    case '1.3.101.113':
      return refused(
        'unsupported-key',
        'this is an Ed448 key; jose implements EdDSA with Ed25519 only, so Ed448 signatures are not supported here',
      )
    case '1.3.101.110':
    case '1.3.101.111':
      return refused(
        'not-for-signing',
        'this is an X25519/X448 key, made for key agreement (ECDH-ES encryption), not for signatures: paste the signer\u2019s Ed25519, EC or RSA public key',
      )
    case '1.2.840.113549.1.1.10':
      return refused(
        'unsupported-key',
        'this RSA key is marked RSA-PSS-only (OID id-RSASSA-PSS), which WebCrypto cannot import; export the same key as a plain RSA public key (rsaEncryption) and paste that',
      )
    default:
      return refused(
        'unsupported-key',
        `the key's algorithm (OID ${algorithm ?? 'unreadable'}) is not one JWS signatures use: paste an RSA, EC (P-256/384/521) or Ed25519 public key`,
      )
  }
}

/**
 * Wraps a PKCS#1 RSAPublicKey (`-----BEGIN RSA PUBLIC KEY-----`) in the
 * SubjectPublicKeyInfo that importSPKI and WebCrypto expect: the same modulus and
 * exponent behind the fixed rsaEncryption identifier, in a BIT STRING whose first
 * byte says no bits are unused (RFC 5280 §4.1.2.7, RFC 8017 §A.1.1).
 */
export function wrapPkcs1(rsaPublicKey: Uint8Array): Uint8Array {
  return encodeElement(
    TAG.sequence,
    RSA_ALGORITHM_IDENTIFIER,
    encodeElement(TAG.bitString, Uint8Array.of(0), rsaPublicKey),
  )
}

/** The SubjectPublicKeyInfo inside an X.509 certificate (RFC 5280 §4.1), or null. */
export function certificateSpki(certificate: Uint8Array): Uint8Array | null {
  const outer = readWhole(certificate)
  const tbs = outer && readChildren(outer)?.[0]
  const fields = tbs && readChildren(tbs)
  if (!fields) return null
  // The version field is optional and context-tagged [0]; the key follows five more.
  const spki = fields[fields[0]?.tag === 0xa0 ? 6 : 5]
  if (spki?.tag !== TAG.sequence || !tbs) return null
  return tbs.content.subarray(spki.start, spki.end)
}

/** DER bytes as a PEM block with 64-character lines (RFC 7468 §2). */
export function pemFromDer(label: string, der: Uint8Array): string {
  const body = base64url.encode(der).replaceAll('-', '+').replaceAll('_', '/')
  const padded = body + '='.repeat((4 - (body.length % 4)) % 4)
  const lines = padded.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`
}
