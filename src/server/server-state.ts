/**
 * Everything the mock monolith remembers between requests. It is plain data, so
 * the world can snapshot it for Back and the tests can arrange any situation.
 */

/** How the monolith keeps a user logged in. */
export type AuthMode = 'session' | 'jwt'

/** A user account. The password is only ever kept as a PBKDF2 hash. */
export interface UserRecord {
  readonly id: number
  readonly username: string
  readonly role: string
  readonly password: PasswordHash
}

/** A salted PBKDF2-HMAC-SHA-256 hash, bytes as base64url. */
export interface PasswordHash {
  readonly algorithm: 'PBKDF2-SHA256'
  readonly iterations: number
  readonly salt: string
  readonly hash: string
}

/** What the server keeps under a session id: the wristband list entry. */
export interface SessionRecord {
  readonly id: string
  readonly data: {
    readonly user_id: number
    readonly username: string
    readonly role: string
  }
  /** Virtual-clock milliseconds. */
  readonly createdAt: number
  readonly expiresAt: number
}

/**
 * Server settings, all secure by default. None of them weakens the server; a
 * setting that did would have to name the weakness and start off.
 */
export interface ServerSettings {
  readonly authMode: AuthMode
  /** How long a session lives on the server, in seconds. */
  readonly sessionTtlSeconds: number
  /** How long a signed token lives (its `exp` minus `iat`), in seconds. */
  readonly tokenTtlSeconds: number
  /** The only algorithms the token verifier accepts. */
  readonly allowedAlgorithms: readonly string[]
  readonly pbkdf2Iterations: number
}

/** The server's secret key for HS256, as base64url of 32 random bytes. */
export interface SigningKey {
  readonly alg: 'HS256'
  readonly secret: string
}

export interface ServerState {
  readonly users: readonly UserRecord[]
  readonly sessions: Readonly<Record<string, SessionRecord>>
  readonly signingKey: SigningKey
  readonly settings: ServerSettings
}
