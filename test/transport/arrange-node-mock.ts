import { setupServer } from 'msw/node'
import type { HttpRequest, HttpResponse } from '../../src/http/message'
import type { BouncerError } from '../../src/errors/bouncer-error'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import { ExchangeDesk } from '../../src/transport/exchange-desk'
import { fetchSender } from '../../src/transport/fetch-sender'
import { monolithHandler } from '../../src/transport/monolith-handler'
import type { HandleRequest } from '../../src/transport/monolith-handler'
import type { SendToServer } from '../../src/world/send-to-server'

/** Under vitest, relative fetch URLs resolve against this origin. */
export const TEST_ORIGIN = 'http://localhost:3000'

/** A small server state; the stand-in server only passes it along. */
export const SERVER_STATE: ServerState = {
  users: [],
  sessions: {},
  signingKey: { alg: 'HS256', secret: 'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LTMyYg' },
  settings: {
    authMode: 'session',
    sessionTtlSeconds: 1800,
    tokenTtlSeconds: 900,
    allowedAlgorithms: ['HS256'],
    pbkdf2Iterations: 1000,
  },
}

/** One call the stand-in server received. */
export interface ServerCall {
  readonly state: ServerState
  readonly request: HttpRequest
  readonly now: number
}

/** The mock monolith behind msw/node, with a stand-in server and what it saw. */
export interface NodeMock {
  readonly send: SendToServer
  readonly calls: ServerCall[]
  /** Every request msw intercepted, as the carrier fetch() sent it. */
  readonly intercepted: Request[]
  /** Every response the handler made, as the carrier the page receives. */
  readonly carriers: Response[]
  readonly server: ReturnType<typeof setupServer>
  /** Makes the stand-in server answer with this from now on. */
  answerWith(answer: HandleRequest): void
  /** Makes the sender refuse with this error, as when the worker lost control. */
  refuseWith(error: BouncerError | null): void
  close(): void
}

/** Answers every request with `response` and the state it got, plus one step. */
export function answering(response: HttpResponse): HandleRequest {
  return async (state): Promise<ServerReply> => ({
    response,
    server: state,
    steps: [{ code: 'route.matched', ok: true, message: 'Matched a stand-in route' }],
  })
}

/** Starts the real handler module under msw/node at `base`, with a stand-in server. */
export function startNodeMock(base = '/'): NodeMock {
  const site = { origin: TEST_ORIGIN, base }
  const desk = new ExchangeDesk()
  const calls: ServerCall[] = []
  const intercepted: Request[] = []
  const carriers: Response[] = []
  let answer = answering({ status: 204, statusText: 'No Content', headers: [], body: '' })
  let refusal: BouncerError | null = null
  const handle: HandleRequest = (state, request, now) => {
    calls.push({ state, request, now })
    return answer(state, request, now)
  }
  const server = setupServer(monolithHandler({ site, desk, handle }))
  server.events.on('request:start', ({ request }) => void intercepted.push(request))
  server.events.on('response:mocked', ({ response }) => void carriers.push(response))
  server.listen({ onUnhandledRequest: 'error' })
  return {
    send: fetchSender({ site, desk, refusal: () => refusal }),
    calls,
    intercepted,
    carriers,
    server,
    answerWith: (next) => void (answer = next),
    refuseWith: (error) => void (refusal = error),
    close: () => server.close(),
  }
}
