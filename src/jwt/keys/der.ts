/**
 * Just enough DER (ITU-T X.690) to tell pasted key structures apart and to wrap a
 * PKCS#1 key: definite lengths only, which is all DER allows. Every reader returns
 * null on malformed or truncated input instead of throwing, because the bytes come
 * from whatever a learner pasted.
 */

/** One tag-length-value element located in a byte string. */
export interface DerElement {
  readonly tag: number
  /** Index of the tag byte. */
  readonly start: number
  /** Index of the first content byte. */
  readonly contentStart: number
  /** Index just past the last content byte. */
  readonly end: number
  readonly content: Uint8Array
}

/** The universal tags this module's callers look at. */
export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  sequence: 0x30,
} as const

// Four length bytes reach 4 GiB, far past any key; longer forms are not keys.
const MAX_LENGTH_BYTES = 4

/** Reads the element starting at `offset`, or null when it does not fit in the bytes. */
export function readElement(bytes: Uint8Array, offset = 0): DerElement | null {
  const tag = bytes[offset]
  const first = bytes[offset + 1]
  if (tag === undefined || first === undefined || (tag & 0x1f) === 0x1f) return null
  let length = first
  let contentStart = offset + 2
  if (first & 0x80) {
    const count = first & 0x7f
    if (count === 0 || count > MAX_LENGTH_BYTES) return null
    length = 0
    for (let i = 0; i < count; i++) {
      const byte = bytes[contentStart + i]
      if (byte === undefined) return null
      length = length * 256 + byte
    }
    contentStart += count
  }
  const end = contentStart + length
  if (end > bytes.length) return null
  return {
    tag,
    start: offset,
    contentStart,
    end,
    content: bytes.subarray(contentStart, end),
  }
}

/** The elements inside a constructed element, or null unless they exactly fill it. */
export function readChildren(element: DerElement): DerElement[] | null {
  const children: DerElement[] = []
  let offset = 0
  while (offset < element.content.length) {
    const child = readElement(element.content, offset)
    if (child === null) return null
    children.push(child)
    offset = child.end
  }
  return children
}

/** The single element that spans all of `bytes`, or null when there is more or less. */
export function readWhole(bytes: Uint8Array): DerElement | null {
  const element = readElement(bytes)
  return element !== null && element.end === bytes.length ? element : null
}

/** An OBJECT IDENTIFIER's content as dotted text, e.g. "1.2.840.113549.1.1.1". */
export function oidText(content: Uint8Array): string | null {
  const first = content[0]
  const last = content[content.length - 1]
  // Key OIDs start below arc 2.48, so a multi-byte first arc is not one of ours;
  // a last byte with its high bit set means the final arc was cut off.
  if (first === undefined || last === undefined || first & 0x80 || last & 0x80) {
    return null
  }
  const top = Math.min(2, Math.floor(first / 40))
  const arcs = [top, first - top * 40]
  let value = 0
  for (const byte of content.subarray(1)) {
    value = value * 128 + (byte & 0x7f)
    if ((byte & 0x80) === 0) {
      arcs.push(value)
      value = 0
    }
  }
  return arcs.join('.')
}

/** The DER length octets for `length` content bytes. */
export function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length)
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256))
    bytes.unshift(rest % 256)
  return Uint8Array.of(0x80 | bytes.length, ...bytes)
}

/** A complete element: tag, length and the given content. */
export function encodeElement(tag: number, ...content: Uint8Array[]): Uint8Array {
  const length = content.reduce((sum, part) => sum + part.length, 0)
  const header = Uint8Array.of(tag, ...encodeLength(length))
  const out = new Uint8Array(header.length + length)
  out.set(header)
  let offset = header.length
  for (const part of content) {
    out.set(part, offset)
    offset += part.length
  }
  return out
}

/** An INTEGER's content without the sign byte DER adds to keep it positive. */
export function unsignedInteger(content: Uint8Array): Uint8Array {
  let start = 0
  while (start < content.length - 1 && content[start] === 0) start++
  return content.subarray(start)
}
