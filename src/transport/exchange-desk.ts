import type { ServerReply } from '../server/server-reply'
import type { ServerState } from '../server/server-state'

/** What the sender hands the handler for one request: the state the server starts from. */
export interface ExchangeTicket {
  readonly server: ServerState
  readonly now: number
}

/** What the handler hands back: the server's reply, or what it threw. */
export type ExchangeOutcome =
  | { readonly ok: true; readonly reply: ServerReply }
  | { readonly ok: false; readonly error: unknown }

/**
 * Where the sender and the handler meet, keyed by exchange id. msw runs handlers in
 * the page's main thread, so both sides share this memory: the server state (large,
 * and owned by the world) never has to travel through the Service Worker, while the
 * request and response do, as they would on a wire.
 */
export class ExchangeDesk {
  #lastId = 0
  readonly #tickets = new Map<string, ExchangeTicket>()
  readonly #outcomes = new Map<string, ExchangeOutcome>()

  /** Opens an exchange and returns its id, to send along with the request. */
  open(ticket: ExchangeTicket): string {
    this.#lastId += 1
    const id = String(this.#lastId)
    this.#tickets.set(id, ticket)
    return id
  }

  /** The ticket of an open exchange, at most once, so a replayed request finds none. */
  claim(id: string): ExchangeTicket | null {
    const ticket = this.#tickets.get(id) ?? null
    this.#tickets.delete(id)
    return ticket
  }

  /** Records the handler's outcome for the sender to collect. */
  record(id: string, outcome: ExchangeOutcome): void {
    this.#outcomes.set(id, outcome)
  }

  /** Closes an exchange, returning its outcome, or null when the handler never ran. */
  close(id: string): ExchangeOutcome | null {
    const outcome = this.#outcomes.get(id) ?? null
    this.#tickets.delete(id)
    this.#outcomes.delete(id)
    return outcome
  }
}
