// Builds the site and prints the size of every file it ships, raw and gzipped,
// so a change's cost in bytes is a figure in the closing note, not a guess.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'

const outDir = 'dist'
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'production' },
})

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`
let raw = 0
let gzip = 0
const rows = []
for (const path of files(outDir)) {
  const bytes = readFileSync(path)
  const zipped = gzipSync(bytes, { level: 9 }).length
  raw += bytes.length
  gzip += zipped
  rows.push([relative(outDir, path), kb(bytes.length), kb(zipped)])
}
rows.sort((a, b) => a[0].localeCompare(b[0]))
for (const [name, size, zipped] of rows) {
  console.log(`${name.padEnd(44)} ${size.padStart(11)} ${zipped.padStart(11)} gzip`)
}
console.log(`${'total'.padEnd(44)} ${kb(raw).padStart(11)} ${kb(gzip).padStart(11)} gzip`)
