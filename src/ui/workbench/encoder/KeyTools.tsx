import { useState } from 'react'
import { exportGeneratedKey, type ExportedKey } from '../../../jwt/sign/export-key'
import type { GeneratedKey } from '../../../jwt/sign/generate-key'
import { ActionButton } from '../../shared/ActionButton'
import { CopyableText } from '../share/CopyableText'

interface KeyToolsProps {
  /** The generated or imported key to export. */
  readonly exportable: GeneratedKey
}

type Export =
  | { readonly of: GeneratedKey; readonly ok: true; readonly exported: ExportedKey }
  | { readonly of: GeneratedKey; readonly ok: false; readonly message: string }

/**
 * Exports the key in use as PEM and JWK with its RFC 7638 thumbprint: the
 * public half labelled as safe to publish, the private half behind a warning
 * and a click, so it is never on screen by accident.
 */
export function KeyTools({ exportable }: KeyToolsProps) {
  const [result, setResult] = useState<Export | null>(null)
  const [busy, setBusy] = useState(false)
  const shown = result?.of === exportable ? result : null

  async function exportKey() {
    setBusy(true)
    try {
      setResult({
        of: exportable,
        ok: true,
        exported: await exportGeneratedKey(exportable),
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      setResult({ of: exportable, ok: false, message })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="key-tools" aria-label="Key tools">
      <h4>Key tools</h4>
      <ActionButton inactive={busy} onClick={() => void exportKey()}>
        Export this key as PEM and JWK
      </ActionButton>
      {shown === null ? null : shown.ok ? (
        <ExportedKeyView exported={shown.exported} />
      ) : (
        <p className="field-error">{shown.message}</p>
      )}
    </section>
  )
}

function ExportedKeyView({ exported }: { readonly exported: ExportedKey }) {
  const { thumbprint, publicJwk, privateJwk, publicPem, privatePem, secret } = exported
  return (
    <>
      <p>
        JWK thumbprint (RFC 7638, SHA-256): <code className="mono">{thumbprint}</code>. It
        is also the <code>kid</code> in the JWKs below, so a verifier holding several keys
        can pick this one.
      </p>
      <h5>Public key: safe to share</h5>
      {publicJwk === null || publicPem === null ? (
        <p className="muted">
          An HMAC secret has no public half: whoever verifies needs the secret itself, and
          can therefore also sign.
        </p>
      ) : (
        <>
          <CopyableText label="public key PEM" text={publicPem} />
          <CopyableText
            label="public key JWK"
            text={JSON.stringify(publicJwk, null, 2)}
          />
        </>
      )}
      <h5>Private key: keep it secret</h5>
      <p className="note note-important">
        Warning: anyone with the private key can sign tokens that verifiers accept as
        yours. Copy it only into a safe place; this page never saves or sends it.
      </p>
      <details>
        <summary>Show the private key</summary>
        {privatePem === null ? null : (
          <CopyableText label="private key PEM" text={privatePem} rows={8} />
        )}
        {secret === null ? null : (
          <CopyableText label="secret (base64url)" text={secret} rows={2} />
        )}
        <CopyableText
          label="private key JWK"
          text={JSON.stringify(privateJwk, null, 2)}
          rows={8}
        />
      </details>
    </>
  )
}
