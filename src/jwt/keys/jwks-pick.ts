import { createLocalJWKSet, errors, type JSONWebKeySet } from 'jose'
import { isJsonObject, type JsonObject } from '../json-segment'
import { jwsAlgorithm } from '../verify/jws-algorithms'
import { readJwk } from './jwk-input'
import { keyProblem, type KeyNotice, type KeyReading } from './key-reading'

/** What the token's header says about the key that signed it. */
export interface KeyHint {
  readonly alg: string | null
  readonly kid: string | null
}

const KTY_OF_FAMILY = { hmac: 'oct', rsa: 'RSA', ec: 'EC', okp: 'OKP' } as const

/**
 * Picks the key that verifies the token out of a JWK Set (RFC 7517 §5) the way
 * jose's createLocalJWKSet does: by `kid`, then by the key type, curve, `alg`,
 * `use` and `key_ops` the token's alg needs. Every skipped key is explained, so
 * "no key matched" says which kid the token wanted and what the set holds.
 */
export async function readJwks(
  set: JsonObject,
  hint: KeyHint,
  notices: readonly KeyNotice[],
): Promise<KeyReading> {
  const keys = set['keys']
  if (!Array.isArray(keys) || !keys.every(isJsonObject)) {
    return keyProblem(
      'invalid-jwk',
      'a JWK Set holds its keys in a "keys" array of JWK objects (RFC 7517 §5), and this one does not',
      notices,
    )
  }
  const reasons = keys.map((jwk) => skipReason(jwk, hint))
  const candidates = reasons.flatMap((reason, index) => (reason === null ? [index] : []))
  const wanted = [
    hint.kid === null ? 'no kid' : `kid ${JSON.stringify(hint.kid)}`,
    hint.alg === null ? 'no alg' : `alg ${hint.alg}`,
  ].join(', ')
  const [picked, ...others] = candidates
  if (picked === undefined) {
    const skipped = keys.map((jwk, index) => `${keyLabel(jwk, index)}: ${reasons[index]}`)
    return keyProblem(
      'jwks-no-match',
      `no key in the set fits the token (${wanted}). ${skipped.join('; ') || 'The set is empty'}. The token may be signed with a key the issuer has since rotated out, or by another issuer: fetch the issuer's current JWKS`,
      notices,
    )
  }
  if (others.length > 0) {
    return keyProblem(
      'jwks-ambiguous',
      `${candidates.length} keys in the set fit the token (${wanted}): ${candidates.map((index) => keyLabel(keys[index] ?? {}, index)).join(', ')}. ${hint.kid === null ? 'The token names no kid to choose between them; paste the one key you mean, or a token with a kid' : 'Several keys share that kid; paste the one key you mean'}`,
      notices,
    )
  }
  const chosen = keys[picked] ?? {}
  const why =
    hint.kid === null
      ? 'the only key that fits'
      : `picked by kid ${JSON.stringify(hint.kid)}`
  const note = `key ${picked + 1} of ${keys.length} in the set, ${why}`
  const reading = await readJwk(chosen, { format: 'jwks', picked: note }, [
    ...notices,
    { code: 'jwks-picked', message: `used ${keyLabel(chosen, picked)}: ${why}` },
  ])
  if (!reading.ok) return reading
  return (await joseAgrees(set, hint, reading.notices)) ?? reading
}

/** Asks jose's own JWKS picker for the same key, so both rules stay in step. */
async function joseAgrees(
  set: JsonObject,
  hint: KeyHint,
  notices: readonly KeyNotice[],
): Promise<KeyReading | null> {
  const entry = hint.alg === null ? null : jwsAlgorithm(hint.alg)
  // jose serves only public keys from a JWKS; HMAC keys are picked by the rules above.
  if (entry === null || entry.family === 'hmac') return null
  try {
    await createLocalJWKSet(set as unknown as JSONWebKeySet)({
      alg: entry.alg,
      ...(hint.kid === null ? {} : { kid: hint.kid }),
    })
    return null
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    if (error instanceof errors.JWKSNoMatchingKey) {
      return keyProblem(
        'jwks-no-match',
        `jose found no key in the set for the token: ${reason}`,
        notices,
      )
    }
    if (error instanceof errors.JWKSMultipleMatchingKeys) {
      return keyProblem(
        'jwks-ambiguous',
        `jose found several keys for the token: ${reason}`,
        notices,
      )
    }
    return keyProblem('key-rejected', `jose refused the key set: ${reason}`, notices)
  }
}

/** Why jose's picker would skip this key for the token, or null when it fits. */
function skipReason(jwk: JsonObject, hint: KeyHint): string | null {
  if (hint.kid !== null && jwk['kid'] !== hint.kid) return 'its kid differs'
  if (jwk['use'] !== undefined && jwk['use'] !== 'sig')
    return `its use is ${JSON.stringify(jwk['use'])}`
  const ops = jwk['key_ops']
  if (Array.isArray(ops) && !ops.includes('verify')) return 'its key_ops lack "verify"'
  const entry = hint.alg === null ? null : jwsAlgorithm(hint.alg)
  if (entry === null) return null
  const kty = KTY_OF_FAMILY[entry.family]
  if (jwk['kty'] !== kty)
    return `it is an ${String(jwk['kty'])} key and ${entry.alg} needs ${kty}`
  if (entry.curve !== null && jwk['crv'] !== entry.curve) {
    return `it is on ${String(jwk['crv'])} and ${entry.alg} needs ${entry.curve}`
  }
  if (jwk['alg'] !== undefined && jwk['alg'] !== entry.alg) {
    return `it is for ${String(jwk['alg'])} only`
  }
  return null
}

function keyLabel(jwk: JsonObject, index: number): string {
  const kid = typeof jwk['kid'] === 'string' ? ` (kid ${JSON.stringify(jwk['kid'])})` : ''
  return `key ${index + 1}${kid}`
}
