import { generateKeyPairSync } from 'node:crypto'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { base64url, CompactEncrypt, compactDecrypt, type JWK } from 'jose'
import { describe, expect, it, vi } from 'vitest'
import { JwePanel } from '../../../../src/ui/workbench/jwe/JwePanel'
import { readConformanceJson } from '../../../conformance/read-conformance'
import { ui } from '../../support/ui'
import { actEnvironment, shown } from '../encoder/await-screen'

interface PastedJwe {
  readonly id: string
  readonly input: { readonly token: string; readonly optional_private_key_jwk: JWK }
  readonly expected: {
    readonly decrypted_claims_with_private_key: Record<string, unknown>
  }
}

const CASE = readConformanceJson<readonly PastedJwe[]>('cases/reported-cases.json').find(
  (entry) => entry.id === 'jwt-decode-jwe-pasted',
)
if (CASE === undefined) throw new Error('reported case jwt-decode-jwe-pasted is missing')
const { input, expected } = CASE
const KEY_LABEL = 'Decryption key (JWK, PEM private key, or a shared key as base64url)'
// RFC 7515 appendix A.1's example JWS, as the nested token.
const NESTED_JWS =
  'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'

function renderJwe(token: string) {
  const onOpenNested = vi.fn<(jws: string) => void>()
  render(<JwePanel token={token} onOpenNested={onOpenNested} />)
  return onOpenNested
}

function rowsOf(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption })
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent ?? ''))
}

actEnvironment()

describe('JwePanel', () => {
  it('names the five parts of the reported JWE with their sizes', () => {
    renderJwe(input.token)

    expect(rowsOf('The five parts of this JWE, with sizes')).toEqual([
      ['1. protected header', '196 bytes'],
      ['2. encrypted key', '0 bytes (empty - ECDH-ES direct key agreement)'],
      ['3. initialization vector (IV)', '12 bytes'],
      ['4. ciphertext', '58 bytes'],
      ['5. authentication tag', '16 bytes'],
    ])
  })

  it('explains the protected header and why the claims cannot be read', () => {
    renderJwe(input.token)

    expect(rowsOf('Protected header parameters').map(([name]) => name)).toEqual([
      'alg',
      'enc',
      'cty',
      'kid',
      'epk',
    ])
    expect(
      screen.getByText(/segment 4 decodes only to random-looking bytes/),
    ).toBeTruthy()
    expect(screen.queryByText(/Invalid signature/)).toBeNull()
  })

  it('decrypts the reported JWE with its private JWK to the expected claims', async () => {
    const onOpenNested = renderJwe(input.token)
    await ui.type(KEY_LABEL, JSON.stringify(input.optional_private_key_jwk))

    await ui.click('Decrypt')
    await shown(/^✓ Decrypted \(ECDH-ES, A256GCM\)/)

    const plaintext = screen.getByLabelText('Plaintext').textContent ?? ''
    expect(plaintext).toBe('{"sub":"student-7","scope":"read:grades","iat":1768478400}')
    expect(JSON.parse(plaintext)).toEqual(expected.decrypted_claims_with_private_key)
    expect(
      screen.getByText('Key: EC private key on P-256, kid "enc-key-1", from a JWK'),
    ).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Decode the nested token' })).toBeNull()
    expect(onOpenNested).not.toHaveBeenCalled()
  })

  it('says decryption failed, releasing nothing, for a key that does not open it', async () => {
    renderJwe(input.token)
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    await ui.type(KEY_LABEL, JSON.stringify(other.export({ format: 'jwk' })))

    await ui.click('Decrypt')

    const verdict = await shown(/^✗ Not decrypted/)
    expect(verdict.textContent).toMatch(
      /^✗ Not decrypted: (decryption failed|this key cannot)/,
    )
    expect(screen.queryByLabelText('Plaintext')).toBeNull()
  })

  it('offers to decode a nested JWS found in the plaintext', async () => {
    const key = Uint8Array.from({ length: 32 }, (_, index) => index)
    const token = await new CompactEncrypt(new TextEncoder().encode(NESTED_JWS))
      .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'JWT' })
      .encrypt(key)
    const onOpenNested = renderJwe(token)
    await ui.type(KEY_LABEL, base64url.encode(key))

    await ui.click('Decrypt')
    await shown(/^✓ Decrypted \(dir, A256GCM\)/)
    await ui.click('Decode the nested token')

    expect(onOpenNested).toHaveBeenCalledWith(NESTED_JWS)
  })

  it('says quietly that a signed token is not encrypted, offering only the encrypt demo', () => {
    renderJwe(NESTED_JWS)

    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.queryByRole('status')).toBeNull()
    expect(
      screen.getByText(/^Not an encrypted token: it has 3 segments/).textContent,
    ).toBe(
      'Not an encrypted token: it has 3 segments, and a compact JWE has 5 (RFC 7516 §7.1). Its header, its parts and a key box to decrypt it appear here when you paste a JWE.',
    )
    expect(screen.queryByLabelText(KEY_LABEL)).toBeNull()
    expect(screen.queryByRole('button', { name: 'Decrypt' })).toBeNull()
    expect(
      screen.getByRole('button', { name: 'Generate a key and encrypt' }),
    ).toBeTruthy()
  })

  it('invites a JWE while the token field is empty, without an alert', () => {
    renderJwe('')

    expect(screen.queryByRole('alert')).toBeNull()
    expect(screen.getByText(/^Paste an encrypted token \(JWE\) above/).textContent).toBe(
      'Paste an encrypted token (JWE) above to read its header and parts and to decrypt it here.',
    )
    expect(screen.queryByRole('button', { name: 'Decrypt' })).toBeNull()
  })

  it('encrypts a claims set and shows the encoded form beside the encrypted one', async () => {
    renderJwe(input.token)
    await ui.type('Claims to encrypt (JSON)', '{"sub":"student-7"}')
    await act(async () => {
      fireEvent.change(screen.getByLabelText('Key management (alg)'), {
        target: { value: 'ECDH-ES' },
      })
    })

    await ui.click('Generate a key and encrypt')
    await shown('Encoded: readable by anyone')

    const encoded = within(screen.getByRole('region', { name: 'Encoded' }))
    expect(encoded.getByText('eyJzdWIiOiJzdHVkZW50LTcifQ')).toBeTruthy()
    const token = (screen.getByLabelText('encrypted token (JWE)') as HTMLTextAreaElement)
      .value
    const jwk = JSON.parse(
      (screen.getByLabelText('decryption key (JWK)') as HTMLTextAreaElement).value,
    ) as JWK
    const { plaintext, protectedHeader } = await compactDecrypt(token, jwk)
    expect(new TextDecoder().decode(plaintext)).toBe('{"sub":"student-7"}')
    expect(protectedHeader).toMatchObject({ alg: 'ECDH-ES', enc: 'A256GCM' })
    expect(token.split('.')[3]).not.toContain('eyJzdWIi')
  })
})
