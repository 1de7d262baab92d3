import { useDeferredValue, useId, useMemo, useState } from 'react'
import { encryptClaims, type EncryptedClaims } from '../../../jwt/jwe/encrypt-claims'
import {
  keyManagementInfo,
  type JweAlgorithm,
  type JweEncryption,
} from '../../../jwt/jwe/jwe-algorithms'
import { readJsonObject } from '../../../jwt/sign/edited-json'
import { ActionButton } from '../../shared/ActionButton'
import { JsonBox } from '../encoder/JsonBox'
import { CopyableText } from '../share/CopyableText'
import {
  DEMO_ALGORITHMS,
  DEMO_ENCRYPTIONS,
  generateEncryptionKey,
  type DemoKey,
} from './encryption-key'
import './jwe.css'

const EXAMPLE_CLAIMS = '{\n  "sub": "student-7",\n  "scope": "read:grades"\n}'

type Outcome =
  | { readonly ok: true; readonly encrypted: EncryptedClaims; readonly key: DemoKey }
  | { readonly ok: false; readonly message: string }

/**
 * Encrypts a claims set with a freshly generated key and sets the two forms
 * side by side: encoded (base64url JSON, which anyone can read back) and
 * encrypted (which only the key opens). The difference between a signed and an
 * encrypted token, in one picture.
 */
export function JweEncryptDemo() {
  const id = useId()
  const [claimsText, setClaimsText] = useState(EXAMPLE_CLAIMS)
  const [alg, setAlg] = useState<JweAlgorithm>('RSA-OAEP-256')
  const [enc, setEnc] = useState<JweEncryption>('A256GCM')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [busy, setBusy] = useState(false)
  const deferred = useDeferredValue(claimsText)
  const claims = useMemo(() => readJsonObject(deferred, 'payload'), [deferred])

  async function encrypt() {
    const read = readJsonObject(claimsText, 'payload')
    if (!read.ok) return
    setBusy(true)
    try {
      const key = await generateEncryptionKey(alg, enc)
      const encrypted = await encryptClaims(read.value, key.encryptWith, { alg, enc })
      setOutcome(encrypted.ok ? { ok: true, encrypted, key } : encrypted)
    } catch (error) {
      setOutcome({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="jwe-encrypt">
      <h4>Encrypt a claims set</h4>
      <JsonBox
        label="Claims to encrypt (JSON)"
        part="payload"
        value={claimsText}
        onChange={setClaimsText}
        rows={5}
      />
      <label htmlFor={`${id}-alg`}>Key management (alg)</label>{' '}
      <select
        id={`${id}-alg`}
        value={alg}
        onChange={(event) => setAlg(event.target.value as JweAlgorithm)}
      >
        {DEMO_ALGORITHMS.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-enc`}>Content encryption (enc)</label>{' '}
      <select
        id={`${id}-enc`}
        value={enc}
        onChange={(event) => setEnc(event.target.value as JweEncryption)}
      >
        {DEMO_ENCRYPTIONS.map((name) => (
          <option key={name}>{name}</option>
        ))}
      </select>
      <p className="muted">{keyManagementInfo(alg)?.explanation}.</p>
      <ActionButton
        unavailable={!claims.ok}
        inactive={busy}
        onClick={() => void encrypt()}
      >
        Generate a key and encrypt
      </ActionButton>
      {outcome === null ? null : outcome.ok ? (
        <EncryptedView encrypted={outcome.encrypted} demoKey={outcome.key} />
      ) : (
        <p className="verdict-failed" role="alert">
          ✗ Not encrypted: {outcome.message}
        </p>
      )}
    </div>
  )
}

interface EncryptedViewProps {
  readonly encrypted: EncryptedClaims
  readonly demoKey: DemoKey
}

function EncryptedView({ encrypted, demoKey }: EncryptedViewProps) {
  return (
    <div className="encoded-vs-encrypted">
      <section aria-label="Encoded">
        <h5>Encoded: readable by anyone</h5>
        <p>
          How a signed token carries these claims: base64url of the JSON. Decoding it
          needs no key.
        </p>
        <code className="mono breakable part-payload">{encrypted.encoded}</code>
        <p>decodes back to</p>
        <pre className="json mono">{encrypted.claimsText}</pre>
      </section>
      <section aria-label="Encrypted">
        <h5>Encrypted: readable only with the key</h5>
        <p>The ciphertext, part 4 of the JWE: without the key these bytes say nothing.</p>
        <code className="mono breakable part-ciphertext">{encrypted.ciphertext}</code>
        <CopyableText label="encrypted token (JWE)" text={encrypted.token} rows={4} />
      </section>
      <p>Key: {demoKey.description}.</p>
      <p className="note note-important">
        Warning: this key opens the token. It is a practice key made in this page and
        never saved; do not use it for anything real.
      </p>
      <details>
        <summary>Show the decryption key</summary>
        <CopyableText
          label="decryption key (JWK)"
          text={JSON.stringify(demoKey.decryptJwk, null, 2)}
          rows={6}
        />
      </details>
    </div>
  )
}
