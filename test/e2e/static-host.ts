import { readFile, stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

/** The path on the host where tests read which requests reached it. */
export const SERVED_LOG_PATH = '/__e2e__/served'

/** How to serve a build, and what a course author's host might lack. */
export interface StaticHostOptions {
  /** The build folder, e.g. `dist-e2e`. */
  readonly root: string
  /** The base path the build was made for, e.g. `/course/auth/`. */
  readonly base: string
  /** Files to answer with 404 as if never deployed, e.g. `mockServiceWorker.js`. */
  readonly missing?: readonly string[]
}

/** A running static host. */
export interface StaticHost {
  /** The site's address, with the base path: `http://127.0.0.1:<port>/course/auth/`. */
  readonly url: string
  /** Every request path (with query) the host answered, in order. */
  readonly served: readonly string[]
  close(): Promise<void>
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.map': 'application/json',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

/**
 * Serves a build under its base path the way a plain static host does: files as they
 * are, no `Service-Worker-Allowed` header, and index.html for any extension-less path
 * under the base (an SPA fallback, as many hosts offer). That fallback also answers
 * an escaped API request with 200 and HTML, which is what the transport must detect.
 */
export async function startStaticHost(options: StaticHostOptions): Promise<StaticHost> {
  const served: string[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    if (path === SERVED_LOG_PATH) {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(served))
      return
    }
    served.push(path)
    void answer(options, path).then(({ status, type, body }) => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' })
      response.end(body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${options.base}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

interface Answer {
  readonly status: number
  readonly type: string
  readonly body: string | Buffer
}

async function answer(options: StaticHostOptions, path: string): Promise<Answer> {
  const pathname = decodeURIComponent(new URL(path, 'http://host').pathname)
  if (!pathname.startsWith(options.base)) return notFound()
  const relative = pathname.slice(options.base.length)
  if (options.missing?.includes(relative)) return notFound()
  const file = await findFile(options.root, relative === '' ? 'index.html' : relative)
  if (file !== null)
    return { status: 200, type: typeOf(file), body: await readFile(file) }
  if (extname(relative) !== '') return notFound()
  const index = join(options.root, 'index.html')
  return { status: 200, type: typeOf(index), body: await readFile(index) }
}

async function findFile(root: string, relative: string): Promise<string | null> {
  const file = normalize(join(root, relative))
  if (!file.startsWith(normalize(root) + sep)) return null
  const found = await stat(file).catch(() => null)
  return found?.isFile() === true ? file : null
}

function typeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
}

function notFound(): Answer {
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found' }
}
