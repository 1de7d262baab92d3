import { useEffect, useRef } from 'react'
import type { KeyDescription } from '../../../jwt/keys/key-reading'
import { algorithmsForKey } from '../../../jwt/verify/jws-algorithms'
import { useWorkbench } from '../../../store/workbench-context'

/**
 * Puts the allowed algorithms back to the key's default when the key turns into
 * another kind (another family, or another curve), since a list picked for an
 * HMAC secret only gives false failures against an RSA key. A key still being
 * read, or a field emptied on the way to the next key, changes nothing.
 */
export function useAlgorithmsFollowKey(key: KeyDescription | null): void {
  const update = useWorkbench((state) => state.update)
  const kind = key === null ? null : algorithmsForKey(key).join(',')
  const lastKind = useRef<string | null>(null)
  useEffect(() => {
    if (kind === null) return
    const previous = lastKind.current
    lastKind.current = kind
    if (previous !== null && previous !== kind) update({ algorithms: null })
  }, [kind, update])
}
