import { exportJWK, exportPKCS8, exportSPKI, type JWK } from 'jose'
import type { GeneratedKey } from './generate-key'
import { jwkThumbprint } from './jwk-thumbprint'

/** A generated key in every form the key panel shows and lets the learner copy. */
export interface ExportedKey {
  readonly alg: GeneratedKey['alg']
  /** RFC 7638 SHA-256 thumbprint, also used as `kid` in the JWKs below. */
  readonly thumbprint: string
  /** The public JWK, to publish for verifiers; null for an HMAC secret, which has none. */
  readonly publicJwk: JWK | null
  /** The private JWK (for a secret: the oct JWK holding it); keep it to yourself. */
  readonly privateJwk: JWK
  /** The public key as PEM SubjectPublicKeyInfo ("BEGIN PUBLIC KEY"); null for a secret. */
  readonly publicPem: string | null
  /** The private key as PEM PKCS #8 ("BEGIN PRIVATE KEY"); null for a secret. */
  readonly privatePem: string | null
  /** An HMAC secret as base64url; null for a key pair. */
  readonly secret: string | null
}

/**
 * Exports a generated key as JWK and PEM, the two forms verifiers accept. Each
 * JWK carries `alg`, `use` and a `kid` equal to the thumbprint, so a verifier
 * holding several keys can pick this one. PEM has no form for a bare secret,
 * so an HMAC key is offered as base64url and as an oct JWK only.
 */
export async function exportGeneratedKey(key: GeneratedKey): Promise<ExportedKey> {
  if (key.kind === 'secret') {
    const jwk = await exportJWK(key.key)
    const thumbprint = await jwkThumbprint(jwk)
    return {
      alg: key.alg,
      thumbprint,
      publicJwk: null,
      privateJwk: labelled(jwk, key.alg, thumbprint),
      publicPem: null,
      privatePem: null,
      secret: key.secret,
    }
  }
  const [publicJwk, privateJwk, publicPem, privatePem] = await Promise.all([
    exportJWK(key.publicKey),
    exportJWK(key.privateKey),
    exportSPKI(key.publicKey),
    exportPKCS8(key.privateKey),
  ])
  const thumbprint = await jwkThumbprint(publicJwk)
  return {
    alg: key.alg,
    thumbprint,
    publicJwk: labelled(publicJwk, key.alg, thumbprint),
    privateJwk: labelled(privateJwk, key.alg, thumbprint),
    publicPem,
    privatePem,
    secret: null,
  }
}

function labelled(jwk: JWK, alg: string, kid: string): JWK {
  return { ...jwk, alg, use: 'sig', kid }
}
