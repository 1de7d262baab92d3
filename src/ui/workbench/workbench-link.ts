import { BouncerError } from '../../errors/bouncer-error'
import { WORKBENCH_HASH } from './page-route'
import { buildShareUrl } from './share/share-fragment'

/**
 * The address that opens the workbench on `token`, in the fragment as a shared
 * link carries it, so it never reaches a server. A secret never goes along: the
 * learner types it again in the workbench. A token no URL can carry (half a
 * surrogate pair) opens the empty workbench instead.
 */
export function workbenchLink(token: string): string {
  try {
    return buildShareUrl(window.location.href, { token: token.trim() })
  } catch (error) {
    if (error instanceof BouncerError) return WORKBENCH_HASH
    throw error
  }
}
