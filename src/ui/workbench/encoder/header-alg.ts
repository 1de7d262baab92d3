import { readJsonObject } from '../../../jwt/sign/edited-json'
import {
  isSigningAlgorithm,
  type SigningAlgorithm,
} from '../../../jwt/sign/signing-algorithms'

/** What the encoder starts with when the header names no algorithm it can sign with. */
export const DEFAULT_SIGNING_ALGORITHM: SigningAlgorithm = 'HS256'

/** The algorithm the header text names, when the workbench can sign with it. */
export function headerAlg(headerJson: string): SigningAlgorithm | null {
  const read = readJsonObject(headerJson, 'header')
  if (!read.ok) return null
  const alg = read.value['alg']
  return isSigningAlgorithm(alg) ? alg : null
}

/**
 * The header text with its `alg` value replaced where it stands, keeping the
 * learner's layout. Choosing an algorithm is an explicit act, and a header
 * that named another one would only make Sign refuse; a header without `alg`,
 * or one that is not valid JSON yet, is left exactly as typed.
 */
export function withHeaderAlg(headerJson: string, alg: SigningAlgorithm): string {
  const read = readJsonObject(headerJson, 'header')
  if (!read.ok) return headerJson
  const member = read.scan.members.find((candidate) => candidate.name === 'alg')
  if (member === undefined) return headerJson
  return (
    headerJson.slice(0, member.valueStart) +
    JSON.stringify(alg) +
    headerJson.slice(member.valueEnd)
  )
}
