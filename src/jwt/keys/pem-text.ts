import { base64url } from 'jose'
import { readElement, TAG } from './der'
import type { KeyNotice, KeyProblem } from './key-reading'

/** The DER bytes inside a pasted PEM block (or bare base64 body), and what was tidied. */
export type PemReading =
  | {
      readonly ok: true
      /** The armour label, e.g. "PUBLIC KEY"; null when there was no armour at all. */
      readonly label: string | null
      readonly der: Uint8Array
      readonly notices: readonly KeyNotice[]
    }
  | {
      readonly ok: false
      readonly problem: KeyProblem
      readonly notices: readonly KeyNotice[]
    }

const BEGIN = /(-{2,})\s*BEGIN ([A-Z0-9][A-Z0-9 ]*?)\s*(-{2,})/
const END = /(-{2,})\s*END ([A-Z0-9][A-Z0-9 ]*?)\s*(-{2,})/
const BASE64_CHARACTER = /[A-Za-z0-9+/]/

/** True when the text contains PEM armour, even damaged or half missing. */
export function hasArmour(text: string): boolean {
  return /-{2,}\s*(?:BEGIN|END) [A-Z]/.test(text)
}

/** The label of the first armour line, e.g. "PUBLIC KEY", before the body is read. */
export function armourLabel(text: string): string | null {
  return (BEGIN.exec(text) ?? END.exec(text))?.[2] ?? null
}

/**
 * Finds the PEM block in pasted text and decodes its body, tidying what copying
 * usually breaks (Windows line endings, "\n" written out as two characters,
 * indentation, blank lines, text around the block, a damaged armour line) and
 * saying so for each. A body that is not base64 is refused with its line and
 * column, counted in the text as pasted.
 */
export function readPemText(pasted: string): PemReading {
  const notices: KeyNotice[] = []
  let text = pasted
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n')
    notices.push({
      code: 'windows-line-endings',
      message: 'turned Windows line endings (CR LF) into plain line breaks',
    })
  }
  if (!text.includes('\n') && text.includes('\\n')) {
    text = text.replaceAll('\\n', '\n')
    notices.push({
      code: 'escaped-line-breaks',
      message:
        'turned the two characters "\\n" into line breaks: the key was copied from a JSON string or an environment variable',
    })
  }
  const begin = BEGIN.exec(text)
  const end = END.exec(begin ? text.slice(begin.index) : text)
  const endIndex = end ? end.index + (begin?.index ?? 0) : -1
  if (begin && end && begin[2] !== end[2]) {
    return failed(
      'pem-armour',
      `the block begins with "BEGIN ${begin[2]}" but ends with "END ${end[2]}": the two lines must name the same thing; copy the block again from one BEGIN line to its own END line`,
      notices,
    )
  }
  const label = begin?.[2] ?? end?.[2] ?? null
  const bodyStart = begin ? begin.index + begin[0].length : 0
  const bodyEnd = end ? endIndex : text.length
  for (const match of [begin, end]) {
    if (
      match &&
      (match[1] !== '-----' || match[3] !== '-----' || /\s-|-\s/.test(match[0]))
    ) {
      notices.push({
        code: 'armour-repaired',
        message: `read "${match[0]}" as a PEM armour line, which has exactly five dashes on each side`,
      })
    }
  }
  const before = begin ? text.slice(0, begin.index) : ''
  const after = end ? text.slice(endIndex + end[0].length) : ''
  if (before.trim() !== '' || after.trim() !== '') {
    notices.push({
      code: 'text-around-armour',
      message: 'ignored the text before the BEGIN line and after the END line',
    })
  }
  const body = scanBody(text, bodyStart, bodyEnd, notices)
  if (!body.ok) return body
  const complete = checkDer(body.der, label)
  if (complete !== null) return failed('der-structure', complete, notices)
  if (label !== null && (!begin || !end)) {
    notices.push({
      code: 'armour-repaired',
      message: `added the missing "-----${begin ? 'END' : 'BEGIN'} ${label}-----" line; the body holds a complete key`,
    })
  }
  return { ok: true, label, der: body.der, notices }
}

function scanBody(
  text: string,
  start: number,
  end: number,
  notices: KeyNotice[],
): { ok: true; der: Uint8Array } | Extract<PemReading, { ok: false }> {
  const body = text.slice(start, end)
  const lines = body.split('\n')
  const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index]))
  const inside = lines.slice(filled[0] ?? 0, (filled[filled.length - 1] ?? 0) + 1)
  if (inside.some((line) => line.trim() === '')) {
    notices.push({ code: 'blank-lines', message: 'removed blank lines inside the block' })
  }
  if (lines.some((line) => line.trim() !== '' && /^\s|\s$/.test(line))) {
    notices.push({
      code: 'indentation',
      message: 'removed spaces and tabs at the start and end of the body lines',
    })
  }
  let line = text.slice(0, start).split('\n').length
  let column = start - text.lastIndexOf('\n', start - 1)
  let characters = ''
  let padding = 0
  for (let i = 0; i < body.length; i++, column++) {
    const character = body.charAt(i)
    if (character === '\n') {
      line++
      column = 0
    } else if (character === '=' && /^[=\s]*$/.test(body.slice(i))) {
      padding++
    } else if (!/\s/.test(character)) {
      if (!BASE64_CHARACTER.test(character)) {
        return failed(
          'pem-base64',
          `PEM body is not valid base64 at line ${line}: ${JSON.stringify(character)} at column ${column}. ${hint(character)}`,
          notices,
        )
      }
      characters += character
    }
  }
  if (characters.length === 0) {
    return failed(
      'pem-armour',
      'the PEM block has no body between its BEGIN and END lines: copy the whole key',
      notices,
    )
  }
  if (characters.length % 4 === 1 || padding > 2) {
    return failed(
      'pem-base64',
      `the PEM body has ${characters.length} base64 characters, a count no base64 text can have: a character is missing or extra; copy the key again`,
      notices,
    )
  }
  const url = characters.replaceAll('+', '-').replaceAll('/', '_')
  return { ok: true, der: base64url.decode(url) }
}

/** Why the DER is not one complete structure, or null when it is. */
function checkDer(der: Uint8Array, label: string | null): string | null {
  const element = readElement(der)
  const what = label === null ? 'the base64 text' : `the ${label} body`
  if (der[0] !== TAG.sequence) {
    return `${what} does not decode to a DER SEQUENCE, so it holds no key or certificate: paste the public key itself`
  }
  if (element === null) {
    return `${what} stops before the key does (${der.length} bytes decoded): the end was cut off when copying; copy the whole key again`
  }
  if (element.end < der.length) {
    const extra = der.length - element.end
    return `${what} has ${extra} byte${extra === 1 ? '' : 's'} after the end of the key: two keys were pasted together, or something was appended; paste one key`
  }
  return null
}

function hint(character: string): string {
  if (character === '-' || character === '_') {
    return 'PEM uses the standard base64 alphabet (+ and /), not base64url; this text may be a JWK value or a token segment instead of a PEM body.'
  }
  if (character === ':') {
    return 'A "Name: value" header line inside the block marks a legacy encrypted private key; paste the public key instead.'
  }
  return 'Only A-Z, a-z, 0-9, "+", "/" and trailing "=" may appear; copy the key again from its source.'
}

function failed(
  code: KeyProblem['code'],
  message: string,
  notices: readonly KeyNotice[],
): Extract<PemReading, { ok: false }> {
  return { ok: false, problem: { code, message }, notices }
}
