import type { KeyDescription, KeyFamily } from '../../../jwt/keys/key-reading'
import { SIGNING_ALGORITHMS } from '../../../jwt/sign/signing-algorithms'
import { algorithmsForKey, jwsAlgorithm } from '../../../jwt/verify/jws-algorithms'
import { useWorkbench } from '../../../store/workbench-context'

const FAMILIES: readonly { readonly family: KeyFamily; readonly label: string }[] = [
  { family: 'hmac', label: 'HMAC (shared secret)' },
  { family: 'rsa', label: 'RSA (public key)' },
  { family: 'ec', label: 'ECDSA (EC public key)' },
  { family: 'okp', label: 'EdDSA (Ed25519 public key)' },
]

// Every JWS alg jose verifies: the ones the workbench signs with, and the fully
// specified name for EdDSA on Ed25519 (RFC 9864).
const VERIFIABLE = [...SIGNING_ALGORITHMS, 'Ed25519'].flatMap((alg) => {
  const entry = jwsAlgorithm(alg)
  return entry === null ? [] : [entry]
})

/**
 * The algorithms the verifier accepts, visible and editable. By default the key
 * decides (its family, and its curve), as a careful server pins them; the learner
 * may tick others, to watch algorithm confusion refused all the same.
 */
export function AlgorithmList({
  keyDescription,
}: {
  readonly keyDescription: KeyDescription | null
}) {
  const chosen = useWorkbench((state) => state.algorithms)
  const update = useWorkbench((state) => state.update)
  const defaults = keyDescription === null ? [] : algorithmsForKey(keyDescription)
  const allowed = chosen ?? defaults
  const toggle = (alg: string, on: boolean) => {
    const next = VERIFIABLE.map((entry) => entry.alg).filter((name) =>
      name === alg ? on : allowed.includes(name),
    )
    update({ algorithms: next })
  }
  return (
    <fieldset className="algorithm-list">
      <legend>Allowed algorithms</legend>
      <p className="muted" aria-live="polite">
        {describeList(chosen, defaults, keyDescription)}
      </p>
      {FAMILIES.map(({ family, label }) => (
        <div key={family} className="algorithm-family" role="group" aria-label={label}>
          <span className="algorithm-family-name">{label}:</span>
          {VERIFIABLE.filter((entry) => entry.family === family).map((entry) => (
            <label key={entry.alg} title={entry.scheme}>
              <input
                type="checkbox"
                checked={allowed.includes(entry.alg)}
                onChange={(event) => toggle(entry.alg, event.target.checked)}
              />{' '}
              {entry.alg}
            </label>
          ))}
        </div>
      ))}
      {chosen === null ? null : (
        <button type="button" onClick={() => update({ algorithms: null })}>
          Back to the key’s default
        </button>
      )}
    </fieldset>
  )
}

function describeList(
  chosen: readonly string[] | null,
  defaults: readonly string[],
  key: KeyDescription | null,
): string {
  if (chosen === null) {
    return key === null
      ? 'By default the key decides: enter a key and its family’s algorithms are allowed, and no others.'
      : `By default the key decides: ${defaults.join(', ')}, the algorithms for ${keyKind(key)}.`
  }
  if (chosen.length === 0) {
    return 'Nothing is allowed, so nothing can verify: tick at least one algorithm, or go back to the key’s default.'
  }
  const foreign = chosen.filter((alg) => !defaults.includes(alg))
  const extra =
    key === null || foreign.length === 0
      ? ''
      : ` ${foreign.join(', ')} cannot be checked with this key; a careful verifier refuses such a token whatever the list says.`
  return `Your own list: ${chosen.join(', ')}.${extra}`
}

function keyKind(key: KeyDescription): string {
  if (key.family === 'hmac') return 'an HMAC secret'
  if (key.family === 'rsa') return 'an RSA key'
  if (key.family === 'ec') return `an EC key on ${key.curve ?? 'its curve'}`
  return `an ${key.curve ?? 'Ed25519'} key`
}
