import type { Locator, Page } from 'playwright-core'
import { region } from './ui'

/** An HTTP/1.1 message as the exchange panel prints it. */
export interface HttpText {
  /** The request line or the status line, e.g. `GET /profile HTTP/1.1`. */
  readonly startLine: string
  /** Each header line as printed, e.g. `Host: example.com`. */
  readonly headers: readonly string[]
  readonly body: string
}

/** One inner step of the server, as the Server steps panel lists it. */
export interface StepLine {
  readonly ok: boolean
  readonly message: string
  readonly code: string
}

/** The Signature check panel: both signatures, their comparison and the verdict. */
export interface SignatureCheckText {
  readonly computed: string
  readonly received: string
  readonly compare: string
  readonly verdict: string
}

/** The token box's signature verdict as shown, with the two signatures it compared. */
export interface TokenBoxCheckText {
  /** The first line, e.g. `✗ Signature NOT verified: invalid signature: …`. */
  readonly verdict: string
  /** Notes under it, such as a warning about a short key. */
  readonly notes: readonly string[]
  readonly computed: string | null
  readonly received: string | null
}

/** One segment of a token as the coloured token line shows it. */
export interface TokenSegment {
  /** The segment's label, e.g. `header`. */
  readonly part: string
  readonly text: string
}

/** The request of the exchange on screen, line by line. */
export function request(page: Page): Promise<HttpText> {
  return httpMessage(page, 'Request as sent')
}

/** The response of the exchange on screen, line by line. */
export function response(page: Page): Promise<HttpText> {
  return httpMessage(page, 'Response as received')
}

async function httpMessage(page: Page, label: string): Promise<HttpText> {
  const text = await region(page, 'HTTP exchange').getByLabel(label).innerText()
  const lines = text.replace(/\n$/, '').split('\n')
  const blank = lines.indexOf('')
  const end = blank === -1 ? lines.length : blank
  return {
    startLine: lines[0] ?? '',
    headers: lines.slice(1, end),
    body: blank === -1 ? '' : lines.slice(blank + 1).join('\n'),
  }
}

/** The value of the first header line named `name` (any case), or null. */
export function headerLine(message: HttpText, name: string): string | null {
  const prefix = `${name.toLowerCase()}: `
  const line = message.headers.find((text) => text.toLowerCase().startsWith(prefix))
  return line === undefined ? null : line.slice(prefix.length)
}

/** The server's inner steps for the exchange on screen, in order. */
export async function serverSteps(page: Page): Promise<StepLine[]> {
  const items = await region(page, 'Server steps').getByRole('listitem').allInnerTexts()
  return items.map((text) => {
    const match = /(Passed|Failed):\s*(.*)\s(\S+)$/s.exec(text.trim())
    if (match === null) throw new Error(`Unreadable server step: ${JSON.stringify(text)}`)
    return { ok: match[1] === 'Passed', message: match[2] ?? '', code: match[3] ?? '' }
  })
}

/**
 * The first table in `scope`, one record per body row keyed by column heading. A
 * cell's parts (a value and its tags) are joined with one space:
 * `session_id added by #1`.
 */
export function tableRows(scope: Locator): Promise<Record<string, string>[]> {
  return scope
    .locator('table')
    .first()
    .evaluate((table: HTMLTableElement) => {
      const headings = table.querySelectorAll<HTMLElement>('thead th')
      const columns = Array.from(headings, (cell) => cell.innerText)
      return Array.from(table.querySelectorAll('tbody tr'), (row) => {
        const record: Record<string, string> = {}
        Array.from(row.children).forEach((cell, index) => {
          const parts = Array.from(cell.childNodes, (node) => node.textContent?.trim())
          record[columns[index] ?? String(index)] = parts.filter(Boolean).join(' ')
        })
        return record
      })
    })
}

/** Whether `scope` shows a table at all (an empty jar or store shows a sentence). */
export async function hasTable(scope: Locator): Promise<boolean> {
  return (await scope.locator('table').count()) > 0
}

/** What the Cookie jar panel says page script reads from `document.cookie`, quoted. */
export function documentCookieShown(page: Page): Promise<string> {
  return region(page, 'Cookie jar').getByTestId('document-cookie').innerText()
}

/** The localStorage entries the Token storage panel lists, by key. */
export function localStorageShown(page: Page): Promise<Record<string, string>> {
  return region(page, 'Token storage')
    .locator('dl')
    .evaluateAll((lists: HTMLDListElement[]) => {
      const entries: Record<string, string> = {}
      for (const list of lists) {
        const keys = list.querySelectorAll('dt')
        list.querySelectorAll('dd').forEach((value, index) => {
          entries[keys[index]?.innerText ?? ''] = value.innerText
        })
      }
      return entries
    })
}

/** The token copy the Token storage panel shows as saved, or null when there is none. */
export async function savedCopyShown(page: Page): Promise<string | null> {
  const copy = region(page, 'Token storage').locator('.token-copy')
  return (await copy.count()) === 0 ? null : copy.innerText()
}

/** The segments of the first coloured token line in `scope`. */
export async function tokenSegments(scope: Locator): Promise<TokenSegment[]> {
  const line = scope.getByLabel('Token as sent, segment by segment').first()
  return line
    .getByTitle(/^Segment \d+: /)
    .evaluateAll((parts: HTMLElement[]) =>
      parts.map((part) => ({ part: part.dataset.label ?? '', text: part.innerText })),
    )
}

/** The decoded JSON blocks in `scope` as printed: the header, then the payload. */
export async function decodedJson(scope: Locator): Promise<string[]> {
  const blocks = await scope.locator('pre.json').allInnerTexts()
  return blocks.map((text) => JSON.stringify(JSON.parse(text)))
}

/** The Signature check panel as a learner reads it, one item per numbered step. */
export async function signatureCheck(page: Page): Promise<SignatureCheckText> {
  const items = await region(page, 'Signature check')
    .getByRole('listitem')
    .allInnerTexts()
  const last = (index: number) => items[index]?.trim().split('\n').at(-1)?.trim() ?? ''
  return { computed: last(1), received: last(2), compare: last(3), verdict: last(4) }
}

/** The token box's answer to Check signature: its verdict line and both signatures. */
export async function tokenBoxCheck(page: Page): Promise<TokenBoxCheckText> {
  const result = region(page, 'Paste a JWT')
    .getByRole('status')
    .filter({ hasText: /Signature (NOT )?verified/ })
  const verdict = await result.locator('p').first().innerText()
  const notes = await result.locator('p.note').allInnerTexts()
  const [computed = null, received = null] = await result.locator('dd').allInnerTexts()
  return { verdict, notes, computed, received }
}

/** What kind of token the decoder says `scope` shows, e.g. `JWS (compact, 3 segments)`. */
export function tokenKind(scope: Locator): Promise<string> {
  return scope.locator('.token-kind').innerText()
}

/** The problems the decoder lists for the token in `scope`, one line each. */
export function tokenProblems(scope: Locator): Promise<string[]> {
  return scope
    .getByRole('list', { name: 'Problems with this token' })
    .getByRole('listitem')
    .allInnerTexts()
}
