import { useEffect, useState } from 'react'
import { useWorkbenchStore } from '../../store/workbench-context'
import type { WorkbenchFields } from '../../store/workbench-fields'
import { WORKBENCH_HASH } from './page-route'
import { readShareFragment } from './share/share-fragment'
import type { ShareFragment } from './share/share-fragment'

/** What a workbench link brought, said once so nothing changes silently. */
export type SharedArrival = string | null

/**
 * Takes a shared link's token (and key, when the sender included one) into the
 * workbench, on arrival and whenever the fragment changes, then rewrites the
 * address to plain `#workbench`, so a secret does not stay in the address bar or
 * the history entry. Returns a sentence saying what the link brought.
 */
export function useSharedFragment(): SharedArrival {
  const store = useWorkbenchStore()
  const [arrival, setArrival] = useState<SharedArrival>(null)
  useEffect(() => {
    const take = () => {
      const shared = readShareFragment(window.location.hash)
      if (shared === null) return
      const key = shared.publicKey ?? shared.secret
      const patch: Partial<WorkbenchFields> = {
        ...(shared.token === null ? {} : { tokenText: shared.token }),
        ...(key === null ? {} : { keyText: key }),
        ...secretReading(shared),
        ...verifySettings(shared),
      }
      const settingsBrought = Object.keys(verifySettings(shared)).length > 0
      const brought = [
        shared.token === null ? null : 'the token',
        key === null ? null : shared.publicKey === null ? 'a secret' : 'a public key',
        settingsBrought ? 'the verify settings' : null,
      ].filter((what) => what !== null)
      if (brought.length === 0) return
      store.getState().update(patch)
      const address = `${window.location.pathname}${window.location.search}${WORKBENCH_HASH}`
      window.history.replaceState(window.history.state, '', address)
      setArrival(
        `Opened from a link: ${brought.join(' and ')} came from the link’s fragment, which never reaches a server.${shared.ignored.length === 0 ? '' : ` Ignored: ${shared.ignored.join(', ')}.`}`,
      )
    }
    take()
    window.addEventListener('hashchange', take)
    return () => window.removeEventListener('hashchange', take)
  }, [store])
  return arrival
}

/** How to read the secret: a secret sent without these is UTF-8 text, trimmed. */
function secretReading(shared: ShareFragment): Partial<WorkbenchFields> {
  if (shared.secret === null) return {}
  return {
    secretEncoding: shared.encoding === 'base64' ? 'base64' : 'utf8',
    keepSecretWhitespace: shared.whitespace === 'keep',
  }
}

/** The clock, leeway and expected parties the sender verified with. */
function verifySettings(shared: ShareFragment): Partial<WorkbenchFields> {
  return {
    ...(shared.time === undefined ? {} : { clockMode: 'fixed', fixedTime: shared.time }),
    ...(shared.leeway === undefined ? {} : { leeway: shared.leeway }),
    ...(shared.iss === undefined ? {} : { issuer: shared.iss }),
    ...(shared.aud === undefined ? {} : { audience: shared.aud }),
  }
}
