import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import type { BrowserContext, Page, Response } from 'playwright-core'

/** Debian's Chromium; never a downloaded browser. Override with CHROMIUM_PATH. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** One request the page made, as Chromium saw it. */
export interface RecordedRequest {
  readonly method: string
  readonly url: string
  /** Whether it went to the page's own origin (every request should). */
  readonly sameOrigin: boolean
  /** The response status, or null when the request failed. */
  readonly status: number | null
  /** Whether a Service Worker answered it rather than the network. */
  readonly fromServiceWorker: boolean
}

/** A console message or uncaught error from the page. */
export interface ConsoleEntry {
  readonly type: string
  readonly text: string
}

/** A fresh Chromium with a fresh profile, recording what its pages do. */
export interface ChromiumSession {
  readonly context: BrowserContext
  readonly page: Page
  readonly requests: readonly RecordedRequest[]
  /** Console messages and uncaught errors (type 'pageerror'), in order. */
  readonly consoleLog: readonly ConsoleEntry[]
  close(): Promise<void>
}

/**
 * Launches Debian's Chromium with an empty profile, as on a learner's cold first
 * visit, and records every request and console message of the pages that `origin`
 * serves. The profile is removed on close.
 */
export async function launchChromium(origin: string): Promise<ChromiumSession> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install Debian's (apt-get install -y chromium) ` +
        'or point CHROMIUM_PATH at one. Tests never download a browser.',
    )
  }
  const profile = await mkdtemp(join(tmpdir(), 'bouncer-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ARGS,
  })
  const requests: RecordedRequest[] = []
  const consoleLog: ConsoleEntry[] = []
  context.on('response', (response) => void requests.push(recorded(response, origin)))
  context.on('requestfailed', (request) => {
    const url = request.url()
    requests.push({
      method: request.method(),
      url,
      sameOrigin: new URL(url).origin === origin,
      status: null,
      fromServiceWorker: false,
    })
  })
  const page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    consoleLog.push({ type: message.type(), text: message.text() })
  })
  page.on(
    'pageerror',
    (error) => void consoleLog.push({ type: 'pageerror', text: String(error) }),
  )
  return {
    context,
    page,
    requests,
    consoleLog,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

function recorded(response: Response, origin: string): RecordedRequest {
  const url = response.url()
  return {
    method: response.request().method(),
    url,
    sameOrigin: new URL(url).origin === origin,
    status: response.status(),
    fromServiceWorker: response.fromServiceWorker(),
  }
}
