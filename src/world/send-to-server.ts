import type { HttpRequest } from '../http/message'
import type { ServerReply } from '../server/server-reply'
import type { ServerState } from '../server/server-state'

/**
 * Carries one request from the modelled browser to the mock monolith and back. In
 * the page this is a real fetch() answered by the Service Worker; in unit tests it
 * calls the server directly. The server state travels along because the world,
 * not the server, owns it.
 */
export type SendToServer = (
  request: HttpRequest,
  server: ServerState,
  now: number,
) => Promise<ServerReply>
