import { bench, describe } from 'vitest'
import { cookiesForRequest } from '../src/browser/cookie-retrieval'
import { storeSetCookie } from '../src/browser/cookie-store'
import type { StoredCookie } from '../src/browser/browser-state'
import { decodeToken } from '../src/jwt/decode-token'
import { checkHmacSignature } from '../src/jwt/hmac-check'
import { handleRequest } from '../src/server/handle-request'
import { createServerState } from '../src/server/create-server-state'

const NOW = Date.parse('2026-01-15T12:00:00Z')
const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const URL_ = 'https://example.com/app/profile'

describe('cookie jar', () => {
  const setCookies = Array.from(
    { length: 20 },
    (_, i) => `c${i}=v${i}; Path=/app; Secure; HttpOnly; SameSite=Lax; Max-Age=3600`,
  )
  let jar: readonly StoredCookie[] = []
  for (const header of setCookies) {
    jar = storeSetCookie(jar, header, URL_, { now: NOW, fromHttp: true }).cookies
  }

  bench('store 20 Set-Cookie fields', () => {
    let cookies: readonly StoredCookie[] = []
    for (const header of setCookies) {
      cookies = storeSetCookie(cookies, header, URL_, {
        now: NOW,
        fromHttp: true,
      }).cookies
    }
  })

  bench('build the Cookie header from a 20-cookie jar', () => {
    cookiesForRequest(jar, URL_, {
      now: NOW,
      fromHttp: true,
      siteContext: 'same-site',
      method: 'GET',
      topLevelNavigation: false,
    })
  })
})

describe('tokens', () => {
  bench('decode a token', () => {
    decodeToken(TOKEN)
  })

  bench('check an HS256 signature', async () => {
    await checkHmacSignature(TOKEN, 'your-super-secret-key')
  })
})

describe('server', async () => {
  const server = await createServerState({ authMode: 'session', now: NOW })
  const login = {
    method: 'POST',
    url: 'https://example.com/login',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    body: JSON.stringify({ username: 'alice', password: 'securepassword123' }),
  }

  // Dominated by PBKDF2 at 600,000 iterations, which is the point of it.
  bench(
    'POST /login (PBKDF2 check)',
    async () => {
      await handleRequest(server, login, NOW)
    },
    { iterations: 5, time: 0 },
  )
})
