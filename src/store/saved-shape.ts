import type { BrowserState, StoredCookie } from '../browser/browser-state'
import type { CookieOutcome } from '../browser/cookie-outcome'
import type { HeaderField, HttpRequest, HttpResponse } from '../http/message'
import type { ServerState } from '../server/server-state'
import type { ServerStep } from '../server/server-step'
import type { Exchange } from '../trace/exchange'
import type { Drafts } from './drafts'

/**
 * Checks that a value read back from storage has the shape the views rely on.
 * Saved progress is our own data, but another version of Bouncer, a browser
 * extension or a learner in DevTools may have changed it; a panel must never
 * receive half a world.
 */

type Guard<T> = (value: unknown) => value is T
type Shape<T> = { readonly [K in keyof T]-?: Guard<unknown> }

/** A plain object (not null, not an array). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string. */
export function isString(value: unknown): value is string {
  return typeof value === 'string'
}

/** A finite number. */
export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** A whole number from zero up. */
export function isCount(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean'
}

function isStringOrNull(value: unknown): value is string | null {
  return value === null || isString(value)
}

function isNumberOrNull(value: unknown): value is number | null {
  return value === null || isNumber(value)
}

/** An array whose every item passes `item`. */
export function arrayOf<T>(item: Guard<T>): Guard<readonly T[]> {
  return (value): value is readonly T[] => Array.isArray(value) && value.every(item)
}

/** An object whose every own value passes `item`. */
export function recordOf<T>(item: Guard<T>): Guard<Readonly<Record<string, T>>> {
  return (value): value is Readonly<Record<string, T>> =>
    isRecord(value) && Object.values(value).every(item)
}

/** An object with at least these fields, each passing its guard. */
export function shaped<T>(shape: Shape<T>): Guard<T> {
  return (value): value is T =>
    isRecord(value) &&
    Object.entries(shape).every(([key, guard]) => (guard as Guard<unknown>)(value[key]))
}

function oneOf<T extends string>(...options: readonly T[]): Guard<T> {
  return (value): value is T => (options as readonly unknown[]).includes(value)
}

const isHeaderField = shaped<HeaderField>({ name: isString, value: isString })
const headers = arrayOf(isHeaderField)
const isStringRecord = recordOf(isString)

const isRequest = shaped<HttpRequest>({
  method: isString,
  url: isString,
  headers,
  body: isString,
})

const isResponse = shaped<HttpResponse>({
  status: isNumber,
  statusText: isString,
  headers,
  body: isString,
})

const isCookie = shaped<StoredCookie>({
  name: isString,
  value: isString,
  domain: isString,
  hostOnly: isBoolean,
  path: isString,
  secure: isBoolean,
  httpOnly: isBoolean,
  sameSite: oneOf('Strict', 'Lax', 'None', 'Default'),
  expiresAt: isNumberOrNull,
  createdAt: isNumber,
  lastAccessedAt: isNumber,
})

/** The modelled browser: page, jar and localStorage. */
export const isBrowserState = shaped<BrowserState>({
  pageUrl: isString,
  cookies: arrayOf(isCookie),
  localStorage: isStringRecord,
})

/** The mock server's state: users, sessions, key and settings. */
export const isServerState = shaped<ServerState>({
  users: arrayOf(
    shaped({ id: isNumber, username: isString, role: isString, password: isRecord }),
  ),
  sessions: recordOf(
    shaped({ id: isString, data: isRecord, createdAt: isNumber, expiresAt: isNumber }),
  ),
  signingKey: shaped({ alg: oneOf('HS256'), secret: isString }),
  settings: shaped({
    authMode: oneOf('session', 'jwt'),
    sessionTtlSeconds: isNumber,
    tokenTtlSeconds: isNumber,
    allowedAlgorithms: arrayOf(isString),
    pbkdf2Iterations: isNumber,
  }),
})

const isStepFields = shaped({ code: isString, ok: isBoolean, message: isString })

// `data` is the one optional field of a recorded value; absent is as good as valid.
const isStep = (value: unknown): value is ServerStep =>
  isStepFields(value) &&
  (!('data' in value) || value.data === undefined || isStringRecord(value.data))

const isOutcome = shaped<CookieOutcome>({
  code: isString,
  setCookie: isString,
  cookieName: isStringOrNull,
  message: isString,
})

/** One recorded exchange with both sides' state before and after it. */
export const isExchange = shaped<Exchange>({
  id: isNumber,
  sentAt: isNumber,
  request: isRequest,
  response: isResponse,
  serverSteps: arrayOf(isStep),
  cookieOutcomes: arrayOf(isOutcome),
  browserBefore: isBrowserState,
  browserAfter: isBrowserState,
  serverBefore: isServerState,
  serverAfter: isServerState,
})

/** Every form field, as the store keeps them. */
export const isDrafts = shaped<Drafts>({
  token: isString,
  secret: isString,
  secretEncoding: oneOf('utf8', 'base64url'),
  composer: shaped({ method: isString, path: isString, body: isString }),
  tamper: shaped({ claim: isString, edits: isStringRecord }),
  clockMinutes: isString,
})
