import { useEffect, useState } from 'react'
import { log } from '../../log/log'

/** What an asynchronous step gave for one request: its value, or why it failed. */
export type Outcome<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly message: string }

/** The latest request that settled, with its outcome. */
export interface Settled<T, R> {
  readonly request: T
  readonly outcome: Outcome<R>
}

/**
 * Runs `run(request)` whenever the request changes (by identity: memoize it) and
 * keeps the latest outcome. An answer to an older request that arrives late is
 * dropped, so a slow check never overwrites a newer one. The caller compares
 * `request` with its own to tell a current answer from a stale one; nothing runs
 * while the request is null. `run` must be stable, e.g. a module-level function.
 */
export function useSettled<T, R>(
  request: T | null,
  run: (request: T) => Promise<R>,
): Settled<T, R> | null {
  const [settled, setSettled] = useState<Settled<T, R> | null>(null)
  useEffect(() => {
    if (request === null) return
    let wanted = true
    run(request).then(
      (value) => {
        if (wanted) setSettled({ request, outcome: { ok: true, value } })
      },
      (error: unknown) => {
        log.error('A workbench check failed in a way Bouncer did not plan for.', error)
        const reason = error instanceof Error ? error.message : String(error)
        if (wanted) {
          setSettled({
            request,
            outcome: {
              ok: false,
              message: `The check stopped with an error: ${reason}. Change the token or key to try again; if it persists, reload the page.`,
            },
          })
        }
      },
    )
    return () => {
      wanted = false
    }
  }, [request, run])
  return settled
}
