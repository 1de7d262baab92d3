/// <reference types="node" />
import type { JWK } from 'jose'
import { readConformanceJson } from '../../conformance/read-conformance'

/** Exact octets, and the text when they are UTF-8 (the file's schema_notes). */
export interface Octets {
  readonly b64u: string
  readonly utf8?: string
}

/** What jose 6.2.19 did with a vector, as check.mjs --annotate recorded it. */
export interface Jose6Block {
  readonly status: 'pass' | 'refused' | 'partial' | 'n/a' | 'rejected-as-expected'
  readonly checks: readonly {
    readonly api: string
    readonly outcome: string
    readonly error?: { readonly name: string; readonly code: string }
  }[]
}

/** The members of one vector in test/conformance/vectors/jose-vectors.json that these tests read. */
export interface JoseVector {
  readonly id: string
  readonly type: string
  readonly title: string
  readonly expect: 'valid' | 'valid-unsecured' | 'invalid'
  readonly jose6: Jose6Block
  readonly alg?: string | readonly string[]
  readonly enc?: string
  readonly keys?: readonly JWK[]
  readonly password?: Octets
  readonly plaintext?: Octets
  readonly protected_header?: Record<string, unknown>
  readonly serializations?: { readonly compact?: string }
  /** jwk-thumbprint vectors */
  readonly jwk?: JWK
  readonly thumbprint_b64u?: string
  /** rfc7519-A.1, an encrypted JWT */
  readonly jwt?: string
  readonly claims?: Record<string, unknown>
  /** nested-jwt vectors */
  readonly outer?: NestedSide & { readonly enc: string }
  readonly inner?: NestedSide
  /** key-agreement and ecdh-es-kdf vectors */
  readonly crv?: string
  readonly recipient_public_jwk?: JWK
  readonly recipient_secret_hex?: string
  readonly ephemeral_secret_hex?: string
  readonly ephemeral_public_jwk?: JWK
  readonly jwe_protected_header?: Record<string, unknown>
  readonly shared_secret_z_hex?: string
  readonly ephemeral_private_jwk_alice?: JWK
  readonly recipient_private_jwk_bob?: JWK
  readonly derived_key_b64u?: string
}

/** One side of a nested JWT vector: the outer JWE or the inner JWS. */
export interface NestedSide {
  readonly alg: string
  readonly keys: readonly JWK[]
  readonly serializations: { readonly compact: string }
  readonly plaintext?: Octets
}

/** Every vector of the conformance file, read once at test time. */
export const JOSE_VECTORS: readonly JoseVector[] = readConformanceJson<{
  vectors: readonly JoseVector[]
}>('vectors/jose-vectors.json').vectors

/** The vector with this id; a missing one fails the test that asked for it. */
export function joseVector(id: string): JoseVector {
  const found = JOSE_VECTORS.find((vector) => vector.id === id)
  if (found === undefined) throw new Error(`jose-vectors.json has no vector "${id}"`)
  return found
}

/** Bytes from a hex string, as the key-agreement vectors give secrets. */
export function hexBytes(hex: string): Uint8Array {
  return Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16))
}

/** A hex string from bytes, to compare with the vectors' `*_hex` values. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** A copy of a JWK without the named members. */
export function withoutMembers(jwk: JWK, names: readonly string[]): JWK {
  return Object.fromEntries(Object.entries(jwk).filter(([name]) => !names.includes(name)))
}

/** The public part of a private JWK (RFC 7518 §6.2.2 and §6.3.2 private members removed). */
export function publicPart(jwk: JWK): JWK {
  return withoutMembers(jwk, ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'])
}
