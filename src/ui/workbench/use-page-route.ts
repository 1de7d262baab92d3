import { useSyncExternalStore } from 'react'
import { pageOfHash, type PageName } from './page-route'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

const currentHash = () => window.location.hash
const noHash = () => ''

/** The page the address's fragment names, following Back, Forward and links. */
export function usePageRoute(): PageName {
  return pageOfHash(useSyncExternalStore(subscribe, currentHash, noHash))
}
