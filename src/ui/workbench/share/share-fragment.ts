import { BouncerError } from '../../../errors/bouncer-error'

/** What a workbench link may carry. */
export interface ShareContent {
  readonly token: string
  /** Included only when the learner ticked "include the secret". */
  readonly secret?: string
  /** A public key (PEM, JWK or JWKS) for the verifier; never a private key. */
  readonly publicKey?: string
}

/** A workbench link's fragment, read back; a part that was not sent is null. */
export interface ShareFragment {
  readonly token: string | null
  readonly secret: string | null
  readonly publicKey: string | null
  /** Parameters that were dropped: unknown names, repeats, or broken %-escapes. */
  readonly ignored: readonly string[]
}

/** The fragment's first word, which tells a workbench link from any other anchor. */
export const SHARE_ROUTE = 'workbench'

type Field = 'token' | 'secret' | 'publicKey'

const FIELDS: readonly Field[] = ['token', 'secret', 'publicKey']
const PRIVATE_PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----/
// A private JWK holds "d" (EC, OKP, RSA) or "k" (a secret) among its members.
const PRIVATE_JWK_MEMBER = /"(?:d|k|p|q|dp|dq|qi)"\s*:/

/**
 * Builds the link to the workbench with the token in the URL fragment, which
 * browsers never send to a server, so the token stays out of access logs and
 * Referer headers. Whatever fragment `pageUrl` had is replaced; its query is kept
 * as it is and nothing is added to it. A secret is written only when the caller
 * passes one, which the share panel does only after the learner ticked the box.
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
    if (!isField(name) || value === null || found[name] !== undefined) {
      ignored.push(name)
      continue
    }
    found[name] = value
  }
  return {
    token: found.token ?? null,
    secret: found.secret ?? null,
    publicKey: found.publicKey ?? null,
    ignored,
  }
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
