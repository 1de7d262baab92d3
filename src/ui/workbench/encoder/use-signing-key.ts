import { useEffect, useState } from 'react'
import { readSecret, type SecretEncoding } from '../../../jwt/keys/hmac-secret'
import {
  generateSigningKey,
  type GeneratedKey,
  type GeneratedKeyPair,
} from '../../../jwt/sign/generate-key'
import {
  isHmacSigning,
  signingAlgorithmInfo,
  type SigningAlgorithm,
} from '../../../jwt/sign/signing-algorithms'
import type { SigningKeyInput } from '../../../jwt/sign/signing-key'
import {
  readPrivateKey,
  type PrivateKey,
  type PrivateKeyProblem,
} from './read-private-key'
import { withArticle } from './with-article'

/** Where the signing key comes from. */
export type KeySource = 'secret' | 'pasted' | 'generated'

/** What the learner typed or made in the key field; held in memory only, never saved. */
export interface KeyDraft {
  readonly source: KeySource
  readonly secret: string
  readonly encoding: SecretEncoding
  readonly pasted: string
  readonly generated: GeneratedKey | null
}

/** The key as Sign would use it, or why there is none yet. */
export type ResolvedKey =
  | { readonly status: 'reading' }
  | {
      readonly status: 'problem'
      readonly message: string
      readonly notices: readonly string[]
    }
  | {
      readonly status: 'ready'
      readonly key: SigningKeyInput
      readonly summary: string
      readonly notices: readonly string[]
      /** A generated or imported key the key tools may export; null for a typed secret. */
      readonly exportable: GeneratedKey | null
    }

interface PastedReading {
  readonly text: string
  readonly alg: SigningAlgorithm
  readonly result: PrivateKey | PrivateKeyProblem
}

/**
 * The signing key of the encoder: a typed secret, a pasted private key or a
 * generated one, resolved for the chosen algorithm. A pasted key is imported
 * again whenever the text or the algorithm changes, since WebCrypto ties a key
 * to one algorithm.
 */
export function useSigningKey(alg: SigningAlgorithm) {
  const [draft, setDraft] = useState<KeyDraft>({
    source: isHmacSigning(alg) ? 'secret' : 'generated',
    secret: '',
    encoding: 'utf8',
    pasted: '',
    generated: null,
  })
  const [pasted, setPasted] = useState<PastedReading | null>(null)
  const [generating, setGenerating] = useState(false)
  const [generateError, setGenerateError] = useState<string | null>(null)

  useEffect(() => {
    if (draft.source !== 'pasted') return
    let live = true
    const needs = signingAlgorithmInfo(alg).key
    void readPrivateKey(draft.pasted, { operation: 'sign', alg, needs }).then(
      (result) => {
        if (live) setPasted({ text: draft.pasted, alg, result })
      },
    )
    return () => {
      live = false
    }
  }, [draft.source, draft.pasted, alg])

  async function generate() {
    setGenerating(true)
    setGenerateError(null)
    try {
      const generated = await generateSigningKey(alg)
      setDraft((current) => ({ ...current, source: 'generated', generated }))
    } catch (error) {
      setGenerateError(error instanceof Error ? error.message : String(error))
    } finally {
      setGenerating(false)
    }
  }

  const current = pasted?.text === draft.pasted && pasted.alg === alg ? pasted : null
  return {
    draft,
    update: (change: Partial<KeyDraft>) => setDraft((old) => ({ ...old, ...change })),
    resolved: resolve(draft, alg, current?.result ?? null),
    generate,
    generating,
    generateError,
  }
}

function resolve(
  draft: KeyDraft,
  alg: SigningAlgorithm,
  pasted: PrivateKey | PrivateKeyProblem | null,
): ResolvedKey {
  if (draft.source === 'secret') {
    const { key: needs } = signingAlgorithmInfo(alg)
    if (!isHmacSigning(alg)) {
      const message = `a typed secret signs only HS256, HS384 and HS512: ${alg} needs ${needs}; paste or generate one`
      return { status: 'problem', message, notices: [] }
    }
    if (draft.secret.trim() === '') {
      return {
        status: 'problem',
        message: `type a secret: ${alg} needs ${needs}`,
        notices: [],
      }
    }
    const reading = readSecret(draft.secret, draft.encoding)
    const notices = reading.notices.map((notice) => notice.message)
    if (!reading.ok)
      return { status: 'problem', message: reading.problem.message, notices }
    const { material, description } = reading.key
    return {
      status: 'ready',
      key: material,
      summary: description.summary,
      notices,
      exportable: null,
    }
  }
  if (draft.source === 'generated') {
    const { generated } = draft
    if (generated === null) {
      return {
        status: 'problem',
        message: `press Generate to make ${withArticle(alg)} key`,
        notices: [],
      }
    }
    if (generated.alg !== alg) {
      return {
        status: 'problem',
        message: `the generated key is for ${generated.alg}, not ${alg}: generate a new one`,
        notices: [],
      }
    }
    const key = generated.kind === 'secret' ? generated.key : generated.privateKey
    return {
      status: 'ready',
      key,
      summary: generated.description,
      notices: [],
      exportable: generated,
    }
  }
  if (pasted === null) return { status: 'reading' }
  if (!pasted.ok)
    return { status: 'problem', message: pasted.message, notices: pasted.notices }
  return {
    status: 'ready',
    key: pasted.key,
    summary: pasted.summary,
    notices: pasted.notices,
    exportable: importedPair(pasted, alg),
  }
}

/** An imported key pair in the shape the exporter takes; a pasted secret is not re-exported. */
function importedPair(key: PrivateKey, alg: SigningAlgorithm): GeneratedKeyPair | null {
  if (key.key instanceof Uint8Array || key.publicKey === null || isHmacSigning(alg))
    return null
  return {
    kind: 'pair',
    alg,
    privateKey: key.key,
    publicKey: key.publicKey,
    description: key.summary,
  }
}
