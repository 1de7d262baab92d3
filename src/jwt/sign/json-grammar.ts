import { lineAndColumn, nameAdvice, valueAdvice } from './json-advice'

/**
 * The walk over RFC 8259's grammar behind scanJson: recursive descent that stops
 * at the first fault with advice in words, and notes where the top-level
 * members sit on the way.
 */

/** One member of the top-level object, located in the text. */
export interface MemberSpan {
  readonly name: string
  readonly nameStart: number
  /** Just past the closing quote of the name. */
  readonly nameEnd: number
  /** Where the value starts and ends (exclusive), for replacing it in place. */
  readonly valueStart: number
  readonly valueEnd: number
}

const MAX_DEPTH = 256
const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const INTEGER_NAME = /^(?:0|[1-9]\d{0,9})$/

/** Where the walk stopped, and why; thrown to unwind the recursion at once. */
export class Fault {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Walks RFC 8259's grammar over the text, noting the top-level layout as it goes. */
export class JsonWalker {
  private at = 0
  private depth = 0
  private start = 0
  private open = -1
  private close = -1
  private readonly members: MemberSpan[] = []
  private readonly integerNames: string[] = []
  private readonly unsafeIntegers: string[] = []

  constructor(private readonly text: string) {}

  layout() {
    const { members, open, close, integerNames, unsafeIntegers, start } = this
    return { valueStart: start, members, open, close, integerNames, unsafeIntegers }
  }

  document(): void {
    this.skipWhitespace()
    this.start = this.at
    if (this.at >= this.text.length) {
      throw new Fault(this.at, 'the text is empty: write a JSON object, such as {}')
    }
    this.value()
    this.skipWhitespace()
    if (this.at < this.text.length) {
      throw new Fault(
        this.at,
        `unexpected ${this.found()} after the end of the JSON value: remove it, or wrap everything in one object`,
      )
    }
  }

  private value(): void {
    const character = this.text.charAt(this.at)
    if (character === '{') return this.object()
    if (character === '[') return this.array()
    if (character === '"') {
      this.string()
      return
    }
    if (character === '-' || (character >= '0' && character <= '9')) return this.number()
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.at)) {
        this.at += literal.length
        return
      }
    }
    throw new Fault(this.at, valueAdvice(this.text.slice(this.at), this.found()))
  }

  private object(): void {
    const topLevel = this.depth === 0
    if (topLevel) this.open = this.at
    this.enter()
    const seen = new Map<string, number>()
    this.skipWhitespace()
    if (this.peek() === '}') return this.leave(topLevel)
    for (;;) {
      this.skipWhitespace()
      const nameStart = this.at
      if (this.peek() !== '"') {
        throw new Fault(this.at, nameAdvice(this.peek(), this.found()))
      }
      const name = this.string()
      const nameEnd = this.at
      const first = seen.get(name)
      if (first !== undefined) {
        const { line, column } = lineAndColumn(this.text, first)
        throw new Fault(
          nameStart,
          `member "${name}" appears twice (first at line ${line}, column ${column}): names must be unique (RFC 7515 §4, RFC 7519 §4), and JSON.parse would silently keep only the last; remove one`,
        )
      }
      seen.set(name, nameStart)
      if (INTEGER_NAME.test(name) && Number(name) < 2 ** 32 - 1)
        this.integerNames.push(name)
      this.skipWhitespace()
      this.expect(':', `expected ":" after the member name "${name}"`)
      this.skipWhitespace()
      const valueStart = this.at
      this.value()
      if (topLevel)
        this.members.push({ name, nameStart, nameEnd, valueStart, valueEnd: this.at })
      this.skipWhitespace()
      if (this.peek() === '}') return this.leave(topLevel)
      if (this.peek() === '"') {
        throw new Fault(this.at, 'a comma is missing between two members: add "," here')
      }
      const comma = this.at
      this.expect(',', `expected "," or "}" after the value of "${name}"`)
      this.skipWhitespace()
      if (this.peek() === '}') {
        throw new Fault(comma, 'trailing comma before "}": JSON allows none; remove it')
      }
    }
  }

  private array(): void {
    this.enter()
    this.skipWhitespace()
    if (this.peek() === ']') return this.leave(false)
    for (;;) {
      this.skipWhitespace()
      this.value()
      this.skipWhitespace()
      if (this.peek() === ']') return this.leave(false)
      const comma = this.at
      this.expect(',', 'expected "," or "]" after an array element')
      this.skipWhitespace()
      if (this.peek() === ']') {
        throw new Fault(comma, 'trailing comma before "]": JSON allows none; remove it')
      }
    }
  }

  private string(): string {
    const start = this.at
    this.at++
    for (;;) {
      if (this.at >= this.text.length) {
        throw new Fault(
          start,
          'this string is never closed: add the closing double quote',
        )
      }
      const character = this.text.charAt(this.at)
      if (character === '"') break
      if (character.charCodeAt(0) < 0x20) {
        throw new Fault(
          this.at,
          'a line break or control character inside a string must be escaped, e.g. as \\n',
        )
      }
      if (character === '\\') this.escape()
      else this.at++
    }
    this.at++
    return JSON.parse(this.text.slice(start, this.at)) as string
  }

  private escape(): void {
    const next = this.text.charAt(this.at + 1)
    if (ESCAPES.has(next)) {
      this.at += 2
      return
    }
    if (
      next === 'u' &&
      /^[0-9A-Fa-f]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))
    ) {
      this.at += 6
      return
    }
    throw new Fault(
      this.at,
      `invalid escape "\\${next}": JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by 4 hex digits`,
    )
  }

  private number(): void {
    NUMBER.lastIndex = this.at
    const length = NUMBER.exec(this.text)?.[0].length ?? 0
    if (length === 0) throw new Fault(this.at, 'a number must have digits after "-"')
    if (/[0-9.eExX+-]/.test(this.text.charAt(this.at + length))) {
      throw new Fault(
        this.at,
        'malformed number: JSON numbers have no leading zeros, need digits after "." and after an exponent, and are not hexadecimal',
      )
    }
    const lexeme = this.text.slice(this.at, this.at + length)
    if (/^-?\d+$/.test(lexeme) && !Number.isSafeInteger(Number(lexeme))) {
      this.unsafeIntegers.push(lexeme)
    }
    this.at += length
  }

  private enter(): void {
    this.depth++
    if (this.depth > MAX_DEPTH) {
      throw new Fault(this.at, `nested more than ${MAX_DEPTH} levels deep: flatten it`)
    }
    this.at++
  }

  private leave(topLevel: boolean): void {
    if (topLevel) this.close = this.at
    this.depth--
    this.at++
  }

  private expect(character: string, message: string): void {
    if (this.peek() !== character)
      throw new Fault(this.at, `${message}, found ${this.found()}`)
    this.at++
  }

  private skipWhitespace(): void {
    while (WHITESPACE.has(this.text.charAt(this.at))) this.at++
  }

  private peek(): string {
    return this.text.charAt(this.at)
  }

  private found(): string {
    if (this.at >= this.text.length) return 'the end of the text'
    return JSON.stringify(this.text.charAt(this.at))
  }
}
