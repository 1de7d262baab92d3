import { handleRequest } from '../../src/server/handle-request'
import type { SendToServer } from '../../src/world/send-to-server'

/** Hands each request straight to the server, for tests that need no browser. */
export const directSend: SendToServer = (request, server, now) =>
  handleRequest(server, request, now)
