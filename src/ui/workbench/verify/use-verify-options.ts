import { useMemo } from 'react'
import type { VerifyOptions } from '../../../jwt/verify/verify-options'
import { useWorkbench } from '../../../store/workbench-context'
import { listOf } from '../../../store/workbench-fields'

/**
 * The verify form as verifyToken's options, memoized so a check runs only when a
 * setting changes. The leeway goes as typed: verifyToken refuses a bad one with a
 * message naming it. The algorithms are left out while the learner keeps the key
 * family's default, so a foreign alg is reported as the key mismatch it is.
 */
export function useVerifyOptions(now: number | null): VerifyOptions | null {
  const algorithms = useWorkbench((state) => state.algorithms)
  const leeway = useWorkbench((state) => state.leeway)
  const issuer = useWorkbench((state) => state.issuer)
  const audience = useWorkbench((state) => state.audience)
  return useMemo(() => {
    if (now === null) return null
    const issuers = listOf(issuer)
    const audiences = listOf(audience)
    return {
      now,
      leeway,
      ...(algorithms === null ? {} : { algorithms }),
      ...(issuers === undefined ? {} : { issuer: issuers }),
      ...(audiences === undefined ? {} : { audience: audiences }),
    }
  }, [now, leeway, algorithms, issuer, audience])
}
