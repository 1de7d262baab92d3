import { base64url } from 'jose'
import { beforeAll, describe, expect, it } from 'vitest'
import { headerValue } from '../../src/http/message'
import { createServerState } from '../../src/server/create-server-state'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import { newSessionId } from '../../src/server/sessions'
import { requests, sessionCookie } from './requests'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const TTL_MS = 1800 * 1000
const SESSION_ID =
  /^session_id=([A-Za-z0-9_-]{43}); HttpOnly; Secure; SameSite=Strict; Path=\/$/

const codes = (reply: ServerReply) => reply.steps.map((step) => step.code)
const body = (reply: ServerReply) =>
  JSON.parse(reply.response.body) as Record<string, unknown>

describe('the monolith in session mode', () => {
  let fresh: ServerState
  let login: ServerReply
  let sessionId: string

  beforeAll(async () => {
    fresh = await createServerState({ authMode: 'session', now: NOW })
    login = await handleRequest(fresh, requests.login('alice', 'securepassword123'), NOW)
    const setCookie = headerValue(login.response.headers, 'Set-Cookie') ?? ''
    sessionId = SESSION_ID.exec(setCookie)?.[1] ?? ''
  })

  describe('POST /login', () => {
    it('answers 200 with a session cookie that page script cannot read', () => {
      const { response } = login
      const responseBody = '{"message":"Login successful"}'

      expect(response.status).toBe(200)
      expect(response.statusText).toBe('OK')
      expect(response.headers).toEqual([
        { name: 'Content-Type', value: 'application/json; charset=utf-8' },
        { name: 'Content-Length', value: String(responseBody.length) },
        { name: 'Cache-Control', value: 'no-store' },
        {
          name: 'Set-Cookie',
          value: `session_id=${sessionId}; HttpOnly; Secure; SameSite=Strict; Path=/`,
        },
      ])
      expect(response.body).toBe(responseBody)
    })

    it('stores the session with the user and an expiry 30 minutes ahead', () => {
      expect(login.server.sessions).toEqual({
        [sessionId]: {
          id: sessionId,
          data: { user_id: 123, username: 'alice', role: 'admin' },
          createdAt: NOW,
          expiresAt: NOW + TTL_MS,
        },
      })
      expect(codes(login)).toEqual([
        'route.matched',
        'password.checked',
        'session.created',
      ])
    })

    it('names the session by its first 8 characters, as the views do', () => {
      expect(login.steps.at(-1)?.message).toBe(
        `Created session ${sessionId.slice(0, 8)}… for alice in the store; it expires in 30 min unless the user logs out.`,
      )
    })

    it('makes session ids of 32 random bytes: 43 base64url characters, never repeated', () => {
      const ids = Array.from({ length: 1000 }, () => newSessionId())

      expect(new Set(ids).size).toBe(1000)
      for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(base64url.decode(sessionId)).toHaveLength(32)
    })

    it('gives a wrong password and an unknown user the same 401', async () => {
      const wrong = await handleRequest(fresh, requests.login('alice', 'guess'), NOW)
      const unknown = await handleRequest(fresh, requests.login('mallory', 'guess'), NOW)

      for (const reply of [wrong, unknown]) {
        expect(reply.response.status).toBe(401)
        expect(body(reply)).toEqual({
          error: 'invalid_credentials',
          message: 'Wrong username or password.',
        })
        expect(headerValue(reply.response.headers, 'Set-Cookie')).toBeNull()
        expect(reply.server).toBe(fresh)
        expect(reply.steps.at(-1)).toMatchObject({ code: 'password.checked', ok: false })
      }
      expect(unknown.steps.at(-1)?.message).toContain('hashed the password anyway')
    })

    it('replaces a session the browser already had, so an id planted before login is useless', async () => {
      const again = await handleRequest(
        login.server,
        requests.login('bob', 'correcthorsebattery', [sessionCookie(sessionId)]),
        NOW,
      )
      const ids = Object.keys(again.server.sessions)

      expect(ids).toHaveLength(1)
      expect(ids[0]).not.toBe(sessionId)
      expect(again.server.sessions[ids[0] ?? '']?.data).toEqual({
        user_id: 456,
        username: 'bob',
        role: 'user',
      })
      expect(codes(again)).toEqual([
        'route.matched',
        'password.checked',
        'session.destroyed',
        'session.created',
      ])
    })
  })

  it('stores passwords only as salted PBKDF2-SHA256 hashes', () => {
    const state = JSON.stringify(login.server)

    expect(state).not.toContain('securepassword123')
    expect(state).not.toContain('correcthorsebattery')
    for (const user of login.server.users) {
      expect(user.password.algorithm).toBe('PBKDF2-SHA256')
      expect(user.password.iterations).toBe(600_000)
      expect(base64url.decode(user.password.salt)).toHaveLength(16)
      expect(base64url.decode(user.password.hash)).toHaveLength(32)
    }
    expect(login.server.users[0]?.password.salt).not.toBe(
      login.server.users[1]?.password.salt,
    )
    expect(base64url.decode(login.server.signingKey.secret)).toHaveLength(32)
  })

  describe('GET /profile', () => {
    it('finds the session named by the cookie and answers with its user', async () => {
      const reply = await handleRequest(
        login.server,
        requests.profile([
          { name: 'Cookie', value: `theme=dark; session_id=${sessionId}` },
        ]),
        NOW + 60_000,
      )

      expect(reply.response.status).toBe(200)
      expect(reply.response.body).toBe(
        '{"user_id":123,"username":"alice","role":"admin"}',
      )
      expect(codes(reply)).toEqual(['route.matched', 'session.found'])
    })

    it('answers 401 session_missing when the request carries no session cookie', async () => {
      const reply = await handleRequest(login.server, requests.profile(), NOW)

      expect(reply.response.status).toBe(401)
      expect(body(reply)['error']).toBe('session_missing')
      expect(reply.steps.at(-1)).toMatchObject({ code: 'session.missing', ok: false })
    })

    it('says in the step that its 401s break RFC 9110 by carrying no challenge', async () => {
      const replies = await Promise.all([
        handleRequest(login.server, requests.profile(), NOW),
        handleRequest(
          login.server,
          requests.profile([sessionCookie(newSessionId())]),
          NOW,
        ),
        handleRequest(
          login.server,
          requests.profile([sessionCookie(sessionId)]),
          NOW + TTL_MS,
        ),
      ])

      for (const reply of replies) {
        expect(reply.response.status).toBe(401)
        expect(headerValue(reply.response.headers, 'WWW-Authenticate')).toBeNull()
        expect(reply.steps.at(-1)?.message).toMatch(
          / This 401 carries no WWW-Authenticate header, although RFC 9110 §11\.6\.1 requires one: cookie sessions have no registered authentication scheme to name in it\.$/,
        )
      }
      expect(body(replies[0]!)['message']).toBe(
        'The request carries no session_id cookie: log in first.',
      )
    })

    it('answers 401 session_unknown for an id the store does not hold', async () => {
      const reply = await handleRequest(
        login.server,
        requests.profile([sessionCookie(newSessionId())]),
        NOW,
      )

      expect(reply.response.status).toBe(401)
      expect(body(reply)['error']).toBe('session_unknown')
    })

    it('still honours the session one millisecond before it expires', async () => {
      const reply = await handleRequest(
        login.server,
        requests.profile([sessionCookie(sessionId)]),
        NOW + TTL_MS - 1,
      )

      expect(reply.response.status).toBe(200)
    })

    it('rejects an expired session and removes it from the store', async () => {
      const reply = await handleRequest(
        login.server,
        requests.profile([sessionCookie(sessionId)]),
        NOW + TTL_MS,
      )

      expect(reply.response.status).toBe(401)
      expect(body(reply)).toEqual({
        error: 'session_expired',
        message: expect.stringContaining('expired at 2026-01-15T12:30:00.000Z'),
      })
      expect(reply.server.sessions).toEqual({})
      expect(reply.steps.at(-1)).toMatchObject({ code: 'session.expired', ok: false })
    })
  })

  describe('POST /logout', () => {
    it('destroys the session and tells the browser to delete the cookie', async () => {
      const reply = await handleRequest(
        login.server,
        requests.logout([sessionCookie(sessionId)]),
        NOW,
      )

      expect(reply.response.status).toBe(200)
      expect(headerValue(reply.response.headers, 'Set-Cookie')).toBe(
        'session_id=; Max-Age=0; HttpOnly; Secure; SameSite=Strict; Path=/',
      )
      expect(reply.response.body).toBe('{"message":"Logged out"}')
      expect(reply.server.sessions).toEqual({})
      expect(codes(reply)).toEqual(['route.matched', 'session.destroyed'])

      const replayed = await handleRequest(
        reply.server,
        requests.profile([sessionCookie(sessionId)]),
        NOW,
      )
      expect(body(replayed)['error']).toBe('session_unknown')
    })

    it('clears the cookie even when there is no session to destroy', async () => {
      const reply = await handleRequest(fresh, requests.logout(), NOW)

      expect(reply.response.status).toBe(200)
      expect(headerValue(reply.response.headers, 'Set-Cookie')).toMatch(
        /^session_id=; Max-Age=0;/,
      )
      expect(codes(reply)).toEqual(['route.matched', 'session.missing'])
    })
  })
})
