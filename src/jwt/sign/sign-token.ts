import { base64url, CompactSign, errors } from 'jose'
import type { JsonObject } from '../json-segment'
import {
  readJsonObject,
  type EditedJson,
  type EditedJsonError,
  type EditedPart,
} from './edited-json'
import { lineAndColumn } from './json-scanner'
import { isSigningAlgorithm, type SigningAlgorithm } from './signing-algorithms'
import {
  refusedKeyMessage,
  signingKeyProblem,
  signingKeyWarnings,
  type SigningKeyInput,
} from './signing-key'

/** What the sign panel hands over when the learner presses Sign. */
export interface SignRequest {
  /** The header box's text, e.g. `{"typ":"JWT"}`; `alg` may be left out. */
  readonly headerJson: string
  /** The payload box's text: a JSON object of claims. */
  readonly payloadJson: string
  /** The algorithm chosen beside the boxes. */
  readonly alg: SigningAlgorithm
  readonly key: SigningKeyInput
}

/** A new token, and the exact bytes that went into it. */
export interface SignedToken {
  readonly ok: true
  readonly token: string
  readonly alg: SigningAlgorithm
  /** The protected header as signed, in the member order the learner wrote. */
  readonly header: JsonObject
  /** The header's JSON text exactly as it sits in the token (segment 1, decoded). */
  readonly headerText: string
  /** The payload's JSON text exactly as it sits in the token (segment 2, decoded). */
  readonly payloadText: string
  /** The third segment: the signature, as base64url. */
  readonly signature: string
  /** What the signer did that the learner did not type, e.g. adding `alg`. */
  readonly notes: readonly string[]
  /** Signed all the same, but worth fixing: a short secret, reordered members. */
  readonly warnings: readonly string[]
}

/** Why nothing was signed. */
export type SignFailureCode =
  | 'json-syntax'
  | 'not-an-object'
  | 'alg-mismatch'
  | 'header-rejected'
  | 'no-key'
  | 'wrong-key-type'

/** Where in which box a failure is, for the editor to mark. */
export interface SignFailureLocation {
  readonly part: EditedPart
  readonly offset: number
  readonly line: number
  readonly column: number
}

/** A refusal to sign, with a stable code and one sentence on what to change. */
export interface SignFailure {
  readonly ok: false
  readonly code: SignFailureCode
  readonly message: string
  /** Set for faults in the header or payload text; null for key problems. */
  readonly at: SignFailureLocation | null
  /** jose's own error, when jose refused. */
  readonly cause: unknown
}

/** What pressing Sign gives: a new token, or the reason there is none. */
export type SignOutcome = SignedToken | SignFailure

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * Signs the header and payload a learner edited, with jose's CompactSign, and
 * returns a new compact JWS. The header is signed in the member order written;
 * `alg` is added first when missing and must agree with `alg` when present, so
 * the token never says one algorithm while signed with another. This is the
 * only way the workbench makes a token: editing a box or a key never re-signs
 * one; the learner presses Sign and gets this new token back.
 */
export async function signToken(request: SignRequest): Promise<SignOutcome> {
  const { headerJson, payloadJson, alg, key } = request
  if (!isSigningAlgorithm(alg)) {
    throw new TypeError(`signToken cannot sign with alg ${JSON.stringify(alg)}`)
  }
  const header = readJsonObject(headerJson, 'header')
  if (!header.ok) return textFailure(header.error)
  const payload = readJsonObject(payloadJson, 'payload')
  if (!payload.ok) return textFailure(payload.error)
  const agreed = agreeOnAlg(header, headerJson, alg)
  if (!agreed.ok) return agreed
  const critical = criticalProblem(agreed.header)
  if (critical !== null) return failure('header-rejected', critical, null)
  const keyProblem = signingKeyProblem(alg, key)
  if (keyProblem !== null) return failure(keyProblem.code, keyProblem.message, null)

  let token: string
  try {
    token = await new CompactSign(encoder.encode(JSON.stringify(payload.value)))
      .setProtectedHeader({ ...agreed.header, alg })
      .sign(key)
  } catch (cause) {
    return joseFailure(alg, cause)
  }
  const [headerSegment = '', payloadSegment = '', signature = ''] = token.split('.')
  return {
    ok: true,
    token,
    alg,
    header: agreed.header,
    headerText: decoder.decode(base64url.decode(headerSegment)),
    payloadText: decoder.decode(base64url.decode(payloadSegment)),
    signature,
    notes: agreed.notes,
    warnings: [...header.warnings, ...payload.warnings, ...signingKeyWarnings(alg, key)],
  }
}

type AgreedHeader =
  | { readonly ok: true; readonly header: JsonObject; readonly notes: readonly string[] }
  | SignFailure

/** The header with `alg` in place, or why the header's own `alg` cannot be used. */
function agreeOnAlg(
  read: EditedJson & { ok: true },
  headerJson: string,
  alg: SigningAlgorithm,
): AgreedHeader {
  const written = read.value['alg']
  if (written === undefined) {
    return {
      ok: true,
      header: { alg, ...read.value },
      notes: [
        `the header had no "alg", so "alg": "${alg}" was added as its first member`,
      ],
    }
  }
  if (written === alg) return { ok: true, header: read.value, notes: [] }
  const member = read.scan.members.find((candidate) => candidate.name === 'alg')
  const offset = member?.valueStart ?? read.scan.valueStart
  const message =
    typeof written === 'string'
      ? `the header says "alg": ${JSON.stringify(written)}, but ${alg} is chosen: make them agree, either by choosing ${JSON.stringify(written)} or by editing the header; the signer never signs under an "alg" it was not told`
      : `"alg" in the header must be a string naming the algorithm (RFC 7515 §4.1.1), here "${alg}"`
  return failure('alg-mismatch', message, {
    part: 'header',
    offset,
    ...lineAndColumn(headerJson, offset),
  })
}

/**
 * RFC 7515 §4.1.11: a receiver must reject a token whose `crit` names an
 * extension it does not understand, so the signer refuses to make one. The only
 * extension jose knows is `b64` (RFC 7797), and an unencoded payload cannot be
 * written in the compact form this panel produces.
 */
function criticalProblem(header: JsonObject): string | null {
  const crit = header['crit']
  if (crit === undefined) return null
  const names = Array.isArray(crit) ? crit : []
  const unknown = names.filter((name) => name !== 'b64')
  if (names.length === 0 || unknown.length > 0) {
    const listed =
      unknown.length > 0 ? `lists ${JSON.stringify(unknown)}` : 'is malformed'
    return `"crit" ${listed}: every receiver must reject a token whose crit names an extension it does not understand (RFC 7515 §4.1.11), and this signer understands only "b64"; remove "crit"`
  }
  if (header['b64'] === false) {
    return '"b64": false (RFC 7797) leaves the payload unencoded, which this compact signer does not produce; remove "b64" and "crit"'
  }
  return null
}

function joseFailure(alg: SigningAlgorithm, cause: unknown): SignFailure {
  const reason = cause instanceof Error ? cause.message : String(cause)
  if (cause instanceof errors.JWSInvalid) {
    return failure('header-rejected', `jose refused the header: ${reason}`, null, cause)
  }
  return failure('wrong-key-type', refusedKeyMessage(alg, reason), null, cause)
}

function textFailure(error: EditedJsonError): SignFailure {
  const { code, message, part, offset, line, column } = error
  return failure(code, message, { part, offset, line, column })
}

function failure(
  code: SignFailureCode,
  message: string,
  at: SignFailureLocation | null,
  cause?: unknown,
): SignFailure {
  return { ok: false, code, message, at, cause }
}
