import { BouncerError } from '../../../errors/bouncer-error'

/**
 * The verify settings a link carries so the receiver gets the same verdict. How
 * the secret is read goes only with the secret; the clock, leeway and expected
 * parties are not secret and go whenever they are set.
 */
export interface ShareSettings {
  /** The secret is base64 (or base64url) bytes rather than UTF-8 text. */
  readonly encoding?: 'base64'
  /** Spaces and line breaks at the ends of the secret are part of it. */
  readonly whitespace?: 'keep'
  /** The fixed clock, as typed (ISO 8601 or seconds since 1970). */
  readonly time?: string
  /** The leeway in seconds, as typed. */
  readonly leeway?: string
  /** Expected issuers, comma-separated as typed. */
  readonly iss?: string
  /** Expected audiences, comma-separated as typed. */
  readonly aud?: string
}

/** What a workbench link may carry. */
export interface ShareContent extends ShareSettings {
  readonly token: string
  /** Included only when the learner ticked "include the secret". */
  readonly secret?: string
  /** A public key (PEM, JWK or JWKS) for the verifier; never a private key. */
  readonly publicKey?: string
}

/**
 * A workbench link's fragment, read back; a part that was not sent is null, a
 * setting that was not sent is absent.
 */
export interface ShareFragment extends ShareSettings {
  readonly token: string | null
  readonly secret: string | null
  readonly publicKey: string | null
  /** Parameters that were dropped: unknown names, repeats, or broken %-escapes. */
  readonly ignored: readonly string[]
}

/** The fragment's first word, which tells a workbench link from any other anchor. */
export const SHARE_ROUTE = 'workbench'

type Field = 'token' | 'secret' | 'publicKey' | keyof ShareSettings

const FIELDS: readonly Field[] = [
  'token',
  'secret',
  'publicKey',
  'encoding',
  'whitespace',
  'time',
  'leeway',
  'iss',
  'aud',
]
// These two say how to read a secret, so without one they mean nothing; each has one value.
const SECRET_READING = { encoding: 'base64', whitespace: 'keep' } as const
const SECRET_READING_NAMES = ['encoding', 'whitespace'] as const
const PRIVATE_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/
// A private JWK holds "d" (EC, OKP, RSA) or "k" (a secret) among its members.
const PRIVATE_JWK_MEMBER = /"(?:d|k|p|q|dp|dq|qi)"\s*:/

/**
 * Builds the link to the workbench with the token in the URL fragment, which
 * browsers never send to a server, so the token stays out of access logs and
 * Referer headers. Whatever fragment `pageUrl` had is replaced; its query is kept
 * as it is and nothing is added to it. A secret is written only when the caller
 * passes one, which the share panel does only after the learner ticked the box;
 * how to read it (`encoding`, `whitespace`) may go only with it.
 */
export function buildShareUrl(pageUrl: string, content: ShareContent): string {
  if (typeof pageUrl !== 'string' || !URL.canParse(pageUrl)) {
    throw new TypeError(
      `buildShareUrl expects an absolute page URL, got ${String(pageUrl)}`,
    )
  }
  if (typeof content?.token !== 'string') {
    throw new TypeError('buildShareUrl expects the token as a string')
  }
  const stray =
    content.secret === undefined
      ? SECRET_READING_NAMES.find((name) => content[name] !== undefined)
      : undefined
  if (stray !== undefined) {
    throw new TypeError(`buildShareUrl got ${stray} without a secret to read that way`)
  }
  if (content.publicKey !== undefined && looksPrivate(content.publicKey)) {
    throw new BouncerError(
      'share.private-key',
      'The key to share is a private key: a link must never carry one. Share the public key (BEGIN PUBLIC KEY, or a JWK without "d") instead.',
    )
  }
  const url = new URL(pageUrl)
  url.hash = ''
  const base = url.href.replace(/#$/, '')
  const parameters = FIELDS.flatMap((field) => {
    const value = content[field]
    return value === undefined ? [] : [`${field}=${encodeValue(field, value)}`]
  })
  return `${base}#${[SHARE_ROUTE, ...parameters].join('&')}`
}

/**
 * Reads a workbench link's fragment (`location.hash`, with or without "#"); null
 * when the fragment is not a workbench link at all. Never throws: a broken
 * parameter is dropped and named in `ignored`, and the first of two repeats wins.
 */
export function readShareFragment(hash: string): ShareFragment | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  const [route, ...parameters] = fragment.split('&')
  if (route !== SHARE_ROUTE) return null
  const found: Partial<Record<Field, string>> = {}
  const ignored: string[] = []
  for (const parameter of parameters) {
    if (parameter === '') continue
    const equals = parameter.indexOf('=')
    const name = equals === -1 ? parameter : parameter.slice(0, equals)
    const value = decodeValue(equals === -1 ? '' : parameter.slice(equals + 1))
    if (
      !isField(name) ||
      value === null ||
      found[name] !== undefined ||
      (isSecretReading(name) && SECRET_READING[name] !== value)
    ) {
      ignored.push(name)
      continue
    }
    found[name] = value
  }
  const secret = found.secret ?? null
  const settings: ShareSettings = {
    ...(found.encoding === undefined ? {} : { encoding: 'base64' }),
    ...(found.whitespace === undefined ? {} : { whitespace: 'keep' }),
    ...(found.time === undefined ? {} : { time: found.time }),
    ...(found.leeway === undefined ? {} : { leeway: found.leeway }),
    ...(found.iss === undefined ? {} : { iss: found.iss }),
    ...(found.aud === undefined ? {} : { aud: found.aud }),
  }
  // How to read a secret, with no secret sent, is dropped rather than applied to another.
  const kept = secret === null ? withoutSecretReading(settings, ignored) : settings
  return {
    token: found.token ?? null,
    secret,
    publicKey: found.publicKey ?? null,
    ...kept,
    ignored,
  }
}

function isSecretReading(name: string): name is keyof typeof SECRET_READING {
  return (SECRET_READING_NAMES as readonly string[]).includes(name)
}

function withoutSecretReading(settings: ShareSettings, ignored: string[]): ShareSettings {
  const { encoding, whitespace, ...rest } = settings
  if (encoding !== undefined) ignored.push('encoding')
  if (whitespace !== undefined) ignored.push('whitespace')
  return rest
}

/** True for a PEM private key or a JWK (or JWKS) holding private members. */
export function looksPrivate(key: string): boolean {
  return PRIVATE_PEM.test(key) || PRIVATE_JWK_MEMBER.test(key)
}

/** The value %-escaped, so "&", "=", "#", "%" and spaces survive the round trip. */
function encodeValue(field: Field, value: string): string {
  try {
    return encodeURIComponent(value)
  } catch (cause) {
    throw new BouncerError(
      'share.not-unicode',
      `The ${field} cannot go into a link: it contains half of a UTF-16 surrogate pair, which no URL can carry. Retype the ${field}.`,
      { cause },
    )
  }
}

function decodeValue(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}

function isField(name: string): name is Field {
  return (FIELDS as readonly string[]).includes(name)
}
