import { base64url } from 'jose'
import { DEMO_ACCOUNTS } from './demo-accounts'
import { hashPassword } from './passwords'
import type { AuthMode, ServerSettings, ServerState } from './server-state'

/** What a fresh monolith needs to know: how it keeps users logged in, and the time. */
export interface ServerOptions {
  readonly authMode: AuthMode
  /** Virtual-clock milliseconds at creation: setup takes the time given, never the real clock. */
  readonly now: number
}

const SECRET_BYTES = 32

/** The secure defaults: OWASP's PBKDF2-SHA256 work factor, short lifetimes, one algorithm. */
export function defaultSettings(authMode: AuthMode): ServerSettings {
  return {
    authMode,
    sessionTtlSeconds: 1800,
    tokenTtlSeconds: 900,
    allowedAlgorithms: ['HS256'],
    pbkdf2Iterations: 600_000,
  }
}

/**
 * A fresh monolith: the demo users with hashed passwords, an empty session store
 * and a random HS256 secret that exists only in this state.
 */
export async function createServerState(options: ServerOptions): Promise<ServerState> {
  const settings = defaultSettings(options.authMode)
  const users = await Promise.all(
    DEMO_ACCOUNTS.map(async ({ id, username, role, password }) => ({
      id,
      username,
      role,
      password: await hashPassword(password, settings.pbkdf2Iterations),
    })),
  )
  const secret = crypto.getRandomValues(new Uint8Array(SECRET_BYTES))
  return {
    users,
    sessions: {},
    signingKey: { alg: 'HS256', secret: base64url.encode(secret) },
    settings,
  }
}
