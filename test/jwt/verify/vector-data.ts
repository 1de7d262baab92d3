/// <reference types="node" />
import { readConformanceJson } from '../../conformance/read-conformance'

/** A key as the vectors publish it; private members included where the RFC gives them. */
export type VectorKey = Readonly<Record<string, string>>

/** The parts of a JOSE vector that verification reads; a nested JWT has two of them. */
export interface VectorGroup {
  readonly alg?: string | readonly string[]
  readonly keys?: readonly VectorKey[]
  readonly jwt?: string
  readonly serializations?: Readonly<Record<string, string | object>>
  readonly payload?: { readonly b64u: string; readonly utf8?: string }
  readonly detached_payload?: boolean
  readonly unencoded_payload?: boolean
  readonly signing_input?: string
  readonly signature_b64u?: string
}

/** One entry of test/conformance/vectors/jose-vectors.json. */
export interface JoseVector extends VectorGroup {
  readonly id: string
  readonly type: string
  readonly title: string
  readonly expect: 'valid' | 'valid-unsecured' | 'invalid'
  readonly jwk?: VectorKey
  readonly outer?: VectorGroup
  readonly inner?: VectorGroup
  readonly jose6: {
    readonly status: string
    readonly checks: readonly {
      readonly api: string
      readonly outcome: string
      readonly error?: { readonly name: string; readonly message: string }
    }[]
  }
}

export const JOSE_VECTORS = (
  readConformanceJson('vectors/jose-vectors.json') as {
    readonly vectors: readonly JoseVector[]
  }
).vectors

const PRIVATE_MEMBERS = new Set(['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth'])

/** The public part of a published key, as the vectors' notes allow for verification. */
export function publicPart(key: VectorKey): VectorKey {
  return Object.fromEntries(
    Object.entries(key).filter(([name]) => !PRIVATE_MEMBERS.has(name)),
  )
}

/** The token texts of a vector group, by serialization name, JSON ones as JSON text. */
export function serializationsOf(group: VectorGroup): [string, string][] {
  const texts: [string, string][] =
    group.jwt === undefined ? [] : [['compact', group.jwt]]
  for (const [name, value] of Object.entries(group.serializations ?? {})) {
    texts.push([name, typeof value === 'string' ? value : JSON.stringify(value)])
  }
  return texts
}

/** The payload sent apart from a detached JWS, as its serialization carries it. */
export function detachedPayloadOf(group: VectorGroup): string | undefined {
  if (group.detached_payload !== true || group.payload === undefined) return undefined
  return group.unencoded_payload === true ? group.payload.utf8 : group.payload.b64u
}
