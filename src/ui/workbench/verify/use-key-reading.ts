import { useMemo } from 'react'
import type { SecretEncoding } from '../../../jwt/keys/hmac-secret'
import type { KeyReading } from '../../../jwt/keys/key-reading'
import { readVerificationKey } from '../../../jwt/keys/read-verification-key'
import { useWorkbench } from '../../../store/workbench-context'
import { useSettled, type Outcome } from '../use-settled'

/** The key field as read: nothing typed, being read, or read (a key or its problem). */
export type KeyState =
  | { readonly status: 'empty' }
  | { readonly status: 'reading' }
  | { readonly status: 'read'; readonly outcome: Outcome<KeyReading> }

interface KeyRequest {
  readonly keyText: string
  readonly secretEncoding: SecretEncoding
  readonly keepSecretWhitespace: boolean
  readonly token: string
}

const readKey = ({ keyText, secretEncoding, keepSecretWhitespace, token }: KeyRequest) =>
  readVerificationKey(keyText, { secretEncoding, keepSecretWhitespace, token })

/**
 * Reads the key field with readVerificationKey as the learner types. The token
 * matters only to pick a key out of a JWKS by kid, so only then does a change to
 * the token read the key again.
 */
export function useKeyReading(token: string): KeyState {
  const keyText = useWorkbench((state) => state.keyText)
  const secretEncoding = useWorkbench((state) => state.secretEncoding)
  const keepSecretWhitespace = useWorkbench((state) => state.keepSecretWhitespace)
  const pickingToken = keyText.includes('"keys"') ? token : ''
  const empty = keyText.trim() === ''
  const request = useMemo(
    () =>
      empty
        ? null
        : { keyText, secretEncoding, keepSecretWhitespace, token: pickingToken },
    [empty, keyText, secretEncoding, keepSecretWhitespace, pickingToken],
  )
  const settled = useSettled(request, readKey)
  if (request === null) return { status: 'empty' }
  if (settled === null || settled.request !== request) return { status: 'reading' }
  return { status: 'read', outcome: settled.outcome }
}
