import { describe, expect, test } from 'vitest'
import { readConformanceJson } from '../conformance/read-conformance'
import * as screen from './screen'
import { region } from './ui'
import { TOKEN, pasteToken, tokenField, workbenchPerTest } from './workbench-ui'

/** The reported case this file drives, as reported-cases.json states it. */
interface PastedJwe {
  readonly id: string
  readonly input: {
    readonly token: string
    readonly optional_private_key_jwk: Record<string, string>
  }
  readonly expected: {
    readonly token_type: string
    readonly protected_header: Record<string, unknown>
    readonly decrypted_claims_with_private_key: Record<string, unknown>
  }
}

const CASE = readConformanceJson<readonly PastedJwe[]>('cases/reported-cases.json').find(
  (entry) => entry.id === 'jwt-decode-jwe-pasted',
)
if (CASE === undefined) throw new Error('reported case jwt-decode-jwe-pasted is missing')
const { input, expected } = CASE

const KEY_LABEL = 'Decryption key (JWK, PEM private key, or a shared key as base64url)'

const openWorkbench = workbenchPerTest()

describe('reported case jwt-decode-jwe-pasted in the workbench, in Chromium', () => {
  test('shows the pasted JWE’s protected header, then its claims once decrypted with the private JWK', async () => {
    const page = await openWorkbench()
    await pasteToken(page, input.token)

    const decoded = region(page, 'Decoded')
    expect(await screen.tokenKind(decoded)).toBe(expected.token_type)
    const headers = await screen.decodedJson(decoded)
    expect(headers.map((text) => JSON.parse(text) as unknown)).toEqual([
      expected.protected_header,
    ])
    expect(await region(page, 'Verify').innerText()).toContain(
      'An encrypted token (JWE) has no signature to verify',
    )

    const jwe = region(page, 'Encrypted token (JWE)')
    await jwe
      .getByRole('textbox', { name: KEY_LABEL })
      .fill(JSON.stringify(input.optional_private_key_jwk))
    await jwe.getByRole('button', { name: 'Decrypt', exact: true }).click()
    await jwe.getByText(/^✓ Decrypted \(ECDH-ES, A256GCM\)/).waitFor()

    const plaintext = await jwe.getByLabel('Plaintext').innerText()
    const claims = JSON.parse(plaintext) as Record<string, unknown>
    expect(claims).toEqual(expected.decrypted_claims_with_private_key)
    expect(claims).toMatchObject({ sub: 'student-7', scope: 'read:grades' })
    expect(await tokenField(page).inputValue()).toBe(input.token)
    expect(await page.getByText('Invalid signature').count()).toBe(0)
  })

  test('says quietly that a pasted JWS is not encrypted, keeping only the encrypt demo', async () => {
    const page = await openWorkbench()
    await pasteToken(page, TOKEN)

    const jwe = region(page, 'Encrypted token (JWE)')
    expect(
      await jwe.getByText(/^Not an encrypted token: it has 3 segments/).innerText(),
    ).toBe(
      'Not an encrypted token: it has 3 segments, and a compact JWE has 5 (RFC 7516 §7.1). Its header, its parts and a key box to decrypt it appear here when you paste a JWE.',
    )
    expect(await page.getByRole('alert').count()).toBe(0)
    expect(await jwe.getByRole('button', { name: 'Decrypt', exact: true }).count()).toBe(
      0,
    )
    expect(
      await jwe.getByRole('button', { name: 'Generate a key and encrypt' }).isVisible(),
    ).toBe(true)
  })
})
