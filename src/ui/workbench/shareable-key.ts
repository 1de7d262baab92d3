import { isPublicKeyText } from '../../store/workbench-public-key'
import { looksPrivate } from './share/share-fragment'

/** The key field as the share link takes it: a public key, or a secret. */
export interface ShareableKey {
  /** Shared only when the learner ticks the box and reads the warning. */
  readonly secret: string | null
  /** A public key, or a private one the share panel refuses out loud. */
  readonly publicKey: string | null
}

/**
 * Sorts the key field for the share link: a public key may ride along; a private
 * key is handed over as a "public key" so the share panel can say why it leaves
 * it out; anything else counts as a secret, so it goes only when ticked.
 */
export function shareableKey(keyText: string): ShareableKey {
  if (keyText.trim() === '') return { secret: null, publicKey: null }
  if (isPublicKeyText(keyText) || looksPrivate(keyText)) {
    return { secret: null, publicKey: keyText }
  }
  return { secret: keyText, publicKey: null }
}
