/// <reference types="node" />
import { createHmac } from 'node:crypto'
import { createServerState } from '../../src/server/create-server-state'
import { handleRequest } from '../../src/server/handle-request'
import type { ServerReply } from '../../src/server/server-reply'
import type { ServerState } from '../../src/server/server-state'
import { bearer, requests, SITE } from './requests'

/** The fixed now of test/conformance/cases. */
export const NOW = Date.parse('2026-01-15T12:00:00Z')
export const IAT = NOW / 1000

/** The claims the server signs for alice at NOW, in the order it writes them. */
export const ALICE_CLAIMS = {
  sub: '123',
  name: 'alice',
  role: 'admin',
  iat: IAT,
  exp: IAT + 900,
  iss: SITE,
  aud: SITE,
} as const

/** The JSON body of a reply. */
export const body = (reply: ServerReply) =>
  JSON.parse(reply.response.body) as Record<string, unknown>

/** The codes of a reply's steps, each marked passed or FAILED as the views show them. */
export const stepCodes = (reply: ServerReply) =>
  reply.steps.map((step) => `${step.ok ? 'passed' : 'FAILED'} ${step.code}`)

/** A JWT-mode monolith and the token it issued to alice at NOW. */
export async function jwtServer(): Promise<{ state: ServerState; token: string }> {
  const state = await createServerState({ authMode: 'jwt', now: NOW })
  const login = await handleRequest(
    state,
    requests.login('alice', 'securepassword123'),
    NOW,
  )
  return { state, token: String(body(login)['token']) }
}

/**
 * A token signed with the server's own secret, as only the server (or its key) can
 * make, written by hand so any header or claims can be tried.
 */
export function signWithServerKey(
  state: ServerState,
  claims: Record<string, unknown>,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const encode = (value: unknown) =>
    Buffer.from(JSON.stringify(value)).toString('base64url')
  const signingInput = `${encode(header)}.${encode(claims)}`
  const signature = createHmac(
    'sha256',
    Buffer.from(state.signingKey.secret, 'base64url'),
  )
    .update(signingInput)
    .digest('base64url')
  return `${signingInput}.${signature}`
}

/** GET /profile with the token as a bearer credential. */
export function profileWith(state: ServerState, token: string, now = NOW) {
  return handleRequest(state, requests.profile([bearer(token)]), now)
}
