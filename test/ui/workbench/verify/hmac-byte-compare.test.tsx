import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { bench, hs256, renderWorkbench } from '../support/render-workbench'

const SIGNER_SECRET = 'signer-secret-0123456789abcdef0123456'
const OTHER_SECRET = 'another-secret-0123456789abcdef012345'
const TOKEN = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'student-4' }, SIGNER_SECRET)

/** The HMAC explanation once it has been computed. */
async function comparison() {
  return bench.section('Verify').findByRole('region', { name: 'The HMAC, byte by byte' })
}

function hex(bytes: Uint8Array): string[] {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
}

describe('the HMAC byte comparison', () => {
  it('marks the first byte where the HMAC computed with the key differs from the signature', async () => {
    const signingInput = TOKEN.split('.').slice(0, 2).join('.')
    const computed = createHmac('sha256', OTHER_SECRET).update(signingInput).digest()
    const received = Buffer.from(TOKEN.split('.')[2] ?? '', 'base64url')
    const first = computed.findIndex((byte, index) => byte !== received[index])
    renderWorkbench()
    await bench.pasteToken(TOKEN)
    await bench.enterKey(OTHER_SECRET)

    const explained = await comparison()
    const rows = (label: string) => explained.querySelector(`[aria-label="${label}"]`)
    expect(rows('HMAC computed, in hex')?.textContent).toBe(hex(computed).join(''))
    expect(rows('Signature received, in hex')?.textContent).toBe(hex(received).join(''))
    expect(rows('HMAC computed, in hex')?.querySelector('mark')?.textContent).toBe(
      hex(computed)[first],
    )
    expect(rows('Signature received, in hex')?.querySelector('mark')?.textContent).toBe(
      hex(received)[first],
    )
    expect(explained.querySelector('li:last-child .verdict-failed')?.textContent).toBe(
      `✗ They first differ at byte ${first} (counting from 0): computed ${hex(computed)[first]}, received ${hex(received)[first]}.${first === 0 ? '' : ` The ${first} bytes before it are equal.`}`,
    )
    expect(rows('Key bytes in hex')?.textContent).toBe(
      hex(new TextEncoder().encode(OTHER_SECRET)).join(''),
    )
  })

  it('finds every byte equal for the signer’s secret', async () => {
    renderWorkbench()
    await bench.pasteToken(TOKEN)
    await bench.enterKey(SIGNER_SECRET)

    const explained = await comparison()
    expect(explained.querySelector('li:last-child .verdict-ok')?.textContent).toBe(
      '✓ All 32 bytes are equal.',
    )
    expect(explained.querySelectorAll('mark')).toHaveLength(0)
    expect(await bench.verdict()).toBe('✓ Verified')
  })
})
