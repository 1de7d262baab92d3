import { useShallow } from 'zustand/react/shallow'
import { useWorkbench } from '../../../store/workbench-context'
import type { ShareSettings } from './share-fragment'

/**
 * The verify settings a share link offers to carry: how the secret is read (the
 * share panel sends that only with the secret) and, when set, the fixed clock,
 * leeway and expected parties, so the receiver gets the same verdict.
 */
export function useShareSettings(): ShareSettings {
  const fields = useWorkbench(
    useShallow((state) => ({
      secretEncoding: state.secretEncoding,
      keepSecretWhitespace: state.keepSecretWhitespace,
      clockMode: state.clockMode,
      fixedTime: state.fixedTime,
      leeway: state.leeway,
      issuer: state.issuer,
      audience: state.audience,
    })),
  )
  const set = (text: string) => text.trim() !== ''
  return {
    ...(fields.secretEncoding === 'base64' ? { encoding: 'base64' } : {}),
    ...(fields.keepSecretWhitespace ? { whitespace: 'keep' } : {}),
    ...(fields.clockMode === 'fixed' && set(fields.fixedTime)
      ? { time: fields.fixedTime }
      : {}),
    ...(set(fields.leeway) && fields.leeway.trim() !== '0'
      ? { leeway: fields.leeway }
      : {}),
    ...(set(fields.issuer) ? { iss: fields.issuer } : {}),
    ...(set(fields.audience) ? { aud: fields.audience } : {}),
  }
}
