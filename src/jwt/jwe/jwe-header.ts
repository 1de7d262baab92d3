import { headerRows, type FieldRow } from '../claims'
import type { JsonObject } from '../json-segment'

/**
 * What a parameter means in a JWE protected header, where some names mean
 * something else than in a JWS: `alg` manages a key instead of signing, and
 * `iv` and `tag` belong to AES-GCM key wrapping, not to segments 3 and 5.
 */
const JWE_PARAMETERS: Readonly<Record<string, string>> = {
  alg: 'Key management algorithm: how the content encryption key reaches the recipient (RFC 7516 §4.1.1). In a JWE nothing is signed.',
  kid: "Key ID: which of the recipient's keys the content key was encrypted to or agreed with (RFC 7516 §4.1.6).",
  zip: 'Compression: "DEF" means the plaintext was DEFLATE-compressed before encryption (RFC 7516 §4.1.3); its length can leak secrets compressed next to attacker-chosen text.',
  cty: 'Content type: "JWT" means the plaintext is itself a token, nested inside; verify that one too (RFC 7519 §5.2).',
  apu: 'Agreement PartyUInfo: names the sender inside the ECDH key derivation (RFC 7518 §4.6.1.2).',
  apv: 'Agreement PartyVInfo: names the recipient inside the ECDH key derivation (RFC 7518 §4.6.1.3).',
  p2s: 'PBES2 salt input: makes the key derived from the password different for every token (RFC 7518 §4.8.1.1).',
  p2c: 'PBES2 count: how many PBKDF2 rounds turn the password into a key; more rounds make guessing slower (RFC 7518 §4.8.1.2).',
  iv: 'IV of the AES-GCM key wrapping of the content key (RFC 7518 §4.7.1.1), not the IV in segment 3.',
  tag: 'Authentication tag of the AES-GCM key wrapping (RFC 7518 §4.7.1.2), not the tag in segment 5.',
}

/** What a JWE header parameter means, in one line, or null for one we do not describe. */
export function explainJweHeaderParameter(name: string): string | null {
  return Object.hasOwn(JWE_PARAMETERS, name) ? (JWE_PARAMETERS[name] ?? null) : null
}

/**
 * The parameters of a JWE protected header as table rows, in the token's own
 * order: the shared JOSE explanations, with the JWE meaning where it differs.
 */
export function jweHeaderRows(header: JsonObject): FieldRow[] {
  return headerRows(header).map((row) => ({
    ...row,
    explanation: explainJweHeaderParameter(row.name) ?? row.explanation,
  }))
}
