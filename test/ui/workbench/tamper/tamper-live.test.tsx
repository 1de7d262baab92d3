import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { bench, hs256, renderWorkbench } from '../support/render-workbench'

const SECRET = 'tamper-secret-0123456789abcdef012345'
const TOKEN = hs256(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'student-5', role: 'user' },
  SECRET,
)

const tamper = () => bench.section('Tamper live')

/** The tampered copy's segments as shown: the name in words and the text. */
function copySegments() {
  const line = tamper().getByLabelText('Tampered copy, segment by segment')
  return [...line.querySelectorAll<HTMLElement>('.token-part')].map((part) => ({
    label: part.dataset['label'],
    text: part.textContent,
  }))
}

async function openWithKey() {
  renderWorkbench()
  await bench.pasteToken(TOKEN)
  await bench.enterKey(SECRET)
  expect(await bench.verdict('Verify')).toBe('✓ Verified')
}

describe('tamper live', () => {
  it('fails the signature step when one character of the payload changes, and leaves the token alone', async () => {
    await openWithKey()
    expect(tamper().getByText(/^Unchanged so far/)).toBeTruthy()

    await bench.type('Payload JSON of the copy', '{"sub":"student-5","role":"usex"}')

    expect(await bench.verdict('Tamper live')).toBe('✗ Not verified')
    expect(tamper().getByText('The step that fails: Signature.')).toBeTruthy()
    const failed = tamper().getByText('✗ Failed').closest('li')
    expect(failed?.textContent).toMatch(/^✗ Failed Signature: invalid signature: /)
    const [header, , signature] = TOKEN.split('.')
    expect(copySegments()).toEqual([
      { label: 'header', text: header },
      {
        label: 'payload (changed)',
        text: Buffer.from('{"sub":"student-5","role":"usex"}').toString('base64url'),
      },
      { label: 'signature', text: signature },
    ])
    expect(screen.getByLabelText<HTMLTextAreaElement>('Token (JWS or JWE)').value).toBe(
      TOKEN,
    )
    expect(await bench.verdict('Verify')).toBe('✓ Verified')
  })

  it('refuses the copy as malformed when its header says alg none but a signature is kept', async () => {
    await openWithKey()

    await bench.type('Header JSON of the copy', '{"alg":"none","typ":"JWT"}')

    expect(await bench.verdict('Tamper live')).toBe('✗ Malformed: not verified')
    expect(tamper().getByText('The step that fails: Read the token.')).toBeTruthy()
    expect(tamper().getByText('✗ Failed').closest('li')?.textContent).toMatch(
      /alg "none" requires an empty signature segment \(RFC 7518 §3\.6\)/,
    )
  })

  it('undoes the changes back to the token as received', async () => {
    await openWithKey()
    await bench.type('Payload JSON of the copy', '{"sub":"student-5","role":"admin"}')
    expect(await bench.verdict('Tamper live')).toBe('✗ Not verified')

    await bench.click('Undo the changes')

    expect(tamper().getByText(/^Unchanged so far/)).toBeTruthy()
    expect(copySegments().map((segment) => segment.text)).toEqual(TOKEN.split('.'))
  })
})
