import type { BrowserState, StoredCookie } from '../../../src/browser/browser-state'
import type { HeaderField, HttpRequest, HttpResponse } from '../../../src/http/message'
import type {
  AuthMode,
  ServerState,
  SessionRecord,
} from '../../../src/server/server-state'
import type { ServerStep } from '../../../src/server/server-step'
import type { Exchange } from '../../../src/trace/exchange'
import type { World } from '../../../src/world/world'

/** The frozen virtual clock every arranged world starts at: 2026-01-15 12:00:00 UTC. */
export const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

/** A session id of the length the server makes (43 base64url characters). */
export const SESSION_ID = 'q3JvYmJ5LXdyaXN0YmFuZC0wMDAxLWZvci1hbGljZQ'

/** jwt.io's demo token with the name changed: readable by anyone, signed by nobody here. */
export const CALLAHAN_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

const SET_SESSION = `session_id=${SESSION_ID}; HttpOnly; Secure; SameSite=Strict; Path=/`
const CLEAR_SESSION = 'session_id=; Max-Age=0; HttpOnly; Secure; SameSite=Strict; Path=/'

function server(mode: AuthMode, sessions: ServerState['sessions'] = {}): ServerState {
  return {
    users: [
      {
        id: 1,
        username: 'alice',
        role: 'user',
        password: {
          algorithm: 'PBKDF2-SHA256',
          iterations: 1,
          salt: 'c2FsdA',
          hash: 'aGFzaA',
        },
      },
    ],
    sessions,
    signingKey: { alg: 'HS256', secret: 'c2VydmVyLW9ubHktc2VjcmV0LWZvci10ZXN0cy0wMDE' },
    settings: {
      authMode: mode,
      sessionTtlSeconds: 1800,
      tokenTtlSeconds: 900,
      allowedAlgorithms: ['HS256'],
      pbkdf2Iterations: 1,
    },
  }
}

function browser(cookies: readonly StoredCookie[] = [], storage = {}): BrowserState {
  return { pageUrl: 'https://example.com/', cookies, localStorage: storage }
}

const aliceSession: SessionRecord = {
  id: SESSION_ID,
  data: { user_id: 1, username: 'alice', role: 'user' },
  createdAt: NOW,
  expiresAt: NOW + 1800_000,
}

const sessionCookie: StoredCookie = {
  name: 'session_id',
  value: SESSION_ID,
  domain: 'example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'Strict',
  expiresAt: null,
  createdAt: NOW,
  lastAccessedAt: NOW,
}

function jsonReply(
  status: number,
  statusText: string,
  body: string,
  extra: readonly HeaderField[] = [],
): HttpResponse {
  return {
    status,
    statusText,
    headers: [
      { name: 'Content-Type', value: 'application/json; charset=utf-8' },
      { name: 'Cache-Control', value: 'no-store' },
      ...extra,
    ],
    body,
  }
}

const loginRequest: HttpRequest = {
  method: 'POST',
  url: 'https://example.com/login',
  headers: [
    { name: 'Host', value: 'example.com' },
    { name: 'Content-Type', value: 'application/json' },
    { name: 'Origin', value: 'https://example.com' },
  ],
  body: '{"username":"alice","password":"securepassword123"}',
}

const loginSteps: ServerStep[] = [
  { code: 'password.checked', ok: true, message: 'The password hash matches.' },
  { code: 'session.created', ok: true, message: 'Created session q3JvYm… for alice.' },
]

/** Worlds built by hand, so each test states exactly what the learner is looking at. */
export const arrange = {
  /** A fresh world: nobody logged in, nothing sent. */
  freshWorld(mode: AuthMode = 'session'): World {
    return {
      now: NOW,
      clientMode: mode,
      server: server(mode),
      browser: browser(),
      trace: [],
      savedTokenCopy: null,
    }
  },

  /** Alice has logged in: the server holds her session and the jar its HttpOnly cookie. */
  sessionWorldAfterLogin(): World {
    const fresh = arrange.freshWorld('session')
    const after = server('session', { [SESSION_ID]: aliceSession })
    const exchange: Exchange = {
      id: 1,
      sentAt: NOW,
      request: loginRequest,
      response: jsonReply(200, 'OK', '{"message":"Login successful"}', [
        { name: 'Set-Cookie', value: SET_SESSION },
      ]),
      serverSteps: loginSteps,
      cookieOutcomes: [
        {
          code: 'stored',
          setCookie: SET_SESSION,
          cookieName: 'session_id',
          message: 'Stored session_id as a new cookie.',
        },
      ],
      browserBefore: fresh.browser,
      browserAfter: browser([sessionCookie]),
      serverBefore: fresh.server,
      serverAfter: after,
    }
    return {
      ...fresh,
      server: after,
      browser: browser([sessionCookie]),
      trace: [exchange],
    }
  },

  /** After login, Alice logged out: the server dropped the row and the browser the cookie. */
  sessionWorldAfterLogout(): World {
    const loggedIn = arrange.sessionWorldAfterLogin()
    const request: HttpRequest = {
      method: 'POST',
      url: 'https://example.com/logout',
      headers: [
        { name: 'Host', value: 'example.com' },
        { name: 'Cookie', value: `session_id=${SESSION_ID}` },
      ],
      body: '',
    }
    const exchange: Exchange = {
      id: 2,
      sentAt: NOW,
      request,
      response: jsonReply(200, 'OK', '{"message":"Logged out"}', [
        { name: 'Set-Cookie', value: CLEAR_SESSION },
      ]),
      serverSteps: [
        { code: 'session.destroyed', ok: true, message: 'Destroyed session q3JvYm….' },
      ],
      cookieOutcomes: [
        {
          code: 'deleted',
          setCookie: CLEAR_SESSION,
          cookieName: 'session_id',
          message: 'Max-Age=0 expired session_id at once, so the browser deleted it.',
        },
      ],
      browserBefore: loggedIn.browser,
      browserAfter: browser(),
      serverBefore: loggedIn.server,
      serverAfter: server('session'),
    }
    return {
      ...loggedIn,
      server: server('session'),
      browser: browser(),
      trace: [...loggedIn.trace, exchange],
    }
  },

  /** A JWT world whose page holds `token` in localStorage. */
  jwtWorldHolding(token: string = CALLAHAN_TOKEN): World {
    return {
      ...arrange.freshWorld('jwt'),
      browser: browser([], { access_token: token }),
    }
  },

  /** A JWT world whose last request carried a token the server refused. */
  jwtWorldAfterRejectedProfile(token: string = CALLAHAN_TOKEN): World {
    const holding = arrange.jwtWorldHolding(token)
    const [header = '', payload = '', signature = ''] = token.split('.')
    const exchange: Exchange = {
      id: 1,
      sentAt: NOW,
      request: {
        method: 'GET',
        url: 'https://example.com/profile',
        headers: [
          { name: 'Host', value: 'example.com' },
          { name: 'Authorization', value: `Bearer ${token}` },
        ],
        body: '',
      },
      response: jsonReply(401, 'Unauthorized', '{"error":"invalid_token"}'),
      serverSteps: [
        { code: 'token.split', ok: true, message: 'The token has three parts.' },
        {
          code: 'token.signature-checked',
          ok: false,
          message:
            'The signature does not match: the token was changed or signed elsewhere.',
          data: {
            alg: 'HS256',
            signingInput: `${header}.${payload}`,
            signatureReceived: signature,
            signatureComputed: 'x0Zr2b9nVYkJtq6sBAuQ3J8m0PjbLr3dlR2u6vYI1aE',
          },
        },
      ],
      cookieOutcomes: [],
      browserBefore: holding.browser,
      browserAfter: holding.browser,
      serverBefore: holding.server,
      serverAfter: holding.server,
    }
    return { ...holding, trace: [exchange] }
  },
}
