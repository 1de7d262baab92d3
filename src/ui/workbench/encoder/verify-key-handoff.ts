import { exportSPKI } from 'jose'
import type { WorkbenchFields } from '../../../store/workbench-fields'
import type { KeyDraft, ResolvedKey } from './use-signing-key'

/** The Verify key box's fields that let a newly signed token verify there. */
export type VerifyKeyHandoff = Pick<
  WorkbenchFields,
  'keyText' | 'secretEncoding' | 'keepSecretWhitespace'
>

/**
 * What the Verify key box needs to check a token signed with this key: a typed
 * secret as typed with its reading, a generated secret as its base64url text,
 * and for a key pair only the PUBLIC key, as PEM, since the verifier never holds
 * the private one. Null when there is nothing to hand over (a pasted secret).
 */
export async function verifyKeyHandoff(
  draft: KeyDraft,
  resolved: ResolvedKey,
): Promise<VerifyKeyHandoff | null> {
  if (resolved.status !== 'ready') return null
  // Sign trims a typed secret, so the verifier must read it trimmed too.
  if (draft.source === 'secret') {
    return {
      keyText: draft.secret,
      secretEncoding: draft.encoding,
      keepSecretWhitespace: false,
    }
  }
  const { exportable } = resolved
  if (exportable === null) return null
  if (exportable.kind === 'secret') {
    return {
      keyText: exportable.secret,
      secretEncoding: 'base64',
      keepSecretWhitespace: false,
    }
  }
  return {
    keyText: await exportSPKI(exportable.publicKey),
    secretEncoding: 'utf8',
    keepSecretWhitespace: false,
  }
}
