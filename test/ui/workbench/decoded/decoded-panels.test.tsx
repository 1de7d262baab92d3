import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reported } from '../../../jwt/verify/reported'
import { CALLAHAN_TOKEN } from '../../support/arrange'
import { bench, encode, hs256, NOW, renderWorkbench } from '../support/render-workbench'

interface JwePasted {
  readonly token: string
}
interface JweExpected {
  readonly token_type: string
  readonly protected_header: object
}

const decoded = () => bench.section('Decoded')

/** The coloured segments of the raw token: the name in words, the text, the colour class. */
function segments(label = 'Token as sent, segment by segment') {
  const line = decoded().getByLabelText(label)
  return [...line.querySelectorAll<HTMLElement>('.token-part')].map((part) => ({
    label: part.dataset['label'],
    text: part.textContent,
    colour: [...part.classList].find((name) => name.startsWith('part-')),
  }))
}

describe('the workbench’s decoded view', () => {
  it('names a signed token and colours its three parts as its decoded sections', async () => {
    renderWorkbench()
    await bench.pasteToken(CALLAHAN_TOKEN)

    expect(decoded().getByText('JWS (compact, 3 segments)')).toBeTruthy()
    const [header, payload, signature] = CALLAHAN_TOKEN.split('.')
    expect(segments()).toEqual([
      { label: 'header', text: header, colour: 'part-header' },
      { label: 'payload', text: payload, colour: 'part-payload' },
      { label: 'signature', text: signature, colour: 'part-signature' },
    ])
    const sections = [...decoded().getAllByRole('heading', { level: 4 })].map(
      (heading) => ({
        name: heading.textContent,
        box: heading.parentElement?.className,
      }),
    )
    expect(sections).toEqual([
      { name: 'header algorithm and type', box: 'token-section part-box-header' },
      { name: 'payload the claims', box: 'token-section part-box-payload' },
      {
        name: 'signature proof of who wrote it',
        box: 'token-section part-box-signature',
      },
    ])
  })

  it('tells a pasted JWE apart, shows its protected header and reads no segment after it as JSON', async () => {
    const { input, expected } = reported<JwePasted, JweExpected>('jwt-decode-jwe-pasted')
    renderWorkbench()
    await bench.pasteToken(input.token)

    expect(decoded().getByText(expected.token_type)).toBeTruthy()
    expect(segments().map(({ label, colour }) => ({ label, colour }))).toEqual([
      { label: 'header', colour: 'part-header' },
      { label: 'encrypted key', colour: 'part-encrypted-key' },
      { label: 'IV', colour: 'part-iv' },
      { label: 'ciphertext', colour: 'part-ciphertext' },
      { label: 'tag', colour: 'part-tag' },
    ])
    const json = decoded().getByLabelText('header JSON as received').textContent ?? ''
    expect(JSON.parse(json)).toEqual(expected.protected_header)
    expect(decoded().getByTitle('Segment 2: encrypted key, empty').textContent).toBe('')
    expect(decoded().queryByLabelText('payload JSON as received')).toBeNull()
    expect(screen.queryByText(/invalid signature/i)).toBeNull()
  })

  it('shows the header and payload exactly as received, laid out over lines', async () => {
    const header = '{"alg":"HS256","typ":"JWT","zeta":1.0,"alpha":[]}'
    const payload = '{"sub":"a","big":12345678901234567890,"sub":"b"}'
    const token = `${Buffer.from(header).toString('base64url')}.${Buffer.from(payload).toString('base64url')}.c2ln`
    renderWorkbench()
    await bench.pasteToken(token)

    expect(decoded().getByLabelText('header JSON as received').textContent).toBe(
      '{\n  "alg": "HS256",\n  "typ": "JWT",\n  "zeta": 1.0,\n  "alpha": []\n}',
    )
    expect(decoded().getByLabelText('payload JSON as received').textContent).toBe(
      '{\n  "sub": "a",\n  "big": 12345678901234567890,\n  "sub": "b"\n}',
    )
  })

  it('lists each problem with its part and its character counted in the pasted text', async () => {
    const { input } = reported<{ token: string }, unknown>(
      'jwt-decode-base64-instead-of-base64url',
    )
    const pasted = `Bearer ${input.token}`
    renderWorkbench()
    await bench.pasteToken(pasted)

    const problems = decoded().getByRole('list', { name: 'Problems with this token' })
    const items = [...problems.querySelectorAll('li')]
    const plus = pasted.indexOf('+') + 1
    const padding = pasted.indexOf('=') + 1
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual([
      `signature, character ${plus}:`,
      `signature, character ${padding}:`,
    ])
    expect(items.map((item) => item.querySelector('mark')?.textContent)).toEqual([
      '+',
      '=',
    ])
    expect(decoded().getByText('Note: removed "Bearer " prefix')).toBeTruthy()
    expect(
      decoded().getByText(/^In strict base64url the same bytes read/).textContent,
    ).toBe(
      'In strict base64url the same bytes read eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c2VyLTAiLCJpYXQiOjE3NjcyMjU2MDB9.43ibd-zbnkX2tftUlbR_aWtPY4QEbrr95xaAtisyzPU',
    )
  })

  it('decodes broken input as far as it goes instead of failing the panel', async () => {
    renderWorkbench()
    await bench.pasteToken(`${encode({ alg: 'HS256' })}.not json at all`)

    expect(decoded().getByText('not a compact JWS or JWE (2 segments)')).toBeTruthy()
    expect(decoded().getByText(/^found 2 segments separated by "\."/)).toBeTruthy()
    expect(decoded().getByLabelText('header JSON as received').textContent).toBe(
      '{\n  "alg": "HS256"\n}',
    )
    expect(screen.queryByText(/This panel failed/)).toBeNull()
  })

  it('reads NumericDates as UTC, local and relative time on the workbench clock', async () => {
    const seconds = NOW / 1000
    const token = hs256(
      { alg: 'HS256', typ: 'JWT' },
      { sub: 'student-1', iat: seconds - 60, exp: seconds + 14 * 60 },
      'unused-secret',
    )
    renderWorkbench()
    await bench.pasteToken(token)

    const claims = decoded().getByRole('table', { name: 'Claims' })
    const when = (claim: string) =>
      [...claims.querySelectorAll('tbody tr')]
        .find((row) => row.querySelector('th')?.textContent === claim)
        ?.querySelector('td:last-child')
    expect(when('exp')?.querySelector('strong')?.textContent).toBe('expires in 14 min')
    expect(when('exp')?.textContent).toContain('2026-01-15T12:14:00Z')
    expect(when('iat')?.querySelector('strong')?.textContent).toBe('issued 1 min ago')
    expect(when('iat')?.textContent).toContain('(your time)')
  })
})
