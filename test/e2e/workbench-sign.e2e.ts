import { verify as verifySignature } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import * as screen from './screen'
import { region } from './ui'
import {
  PAYLOAD,
  SECRET,
  TOKEN,
  chooseAlgorithm,
  editClaims,
  hs256,
  sign,
  signedToken,
  tokenField,
  useSignedToken,
  verifyWith,
  workbenchPerTest,
  pasteToken,
} from './workbench-ui'

const openWorkbench = workbenchPerTest()

/** Whether node:crypto, apart from the app, accepts an ES256 token under `publicPem`. */
function es256Verifies(token: string, publicPem: string): boolean {
  const [header = '', payload = '', signature = ''] = token.split('.')
  return verifySignature(
    'sha256',
    Buffer.from(`${header}.${payload}`),
    { key: publicPem, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  )
}

describe('signing in the workbench, in Chromium', () => {
  test('signs edited claims with HS256 and a typed secret, and the same secret verifies the new token', async () => {
    const page = await openWorkbench()
    await pasteToken(page, TOKEN)
    const edited = PAYLOAD.replace('"user"', '"admin"')
    await editClaims(page, edited)
    await chooseAlgorithm(page, 'HS256')
    const key = region(page, 'Sign').getByRole('group', { name: 'Signing key' })
    await key.getByRole('radio', { name: 'Type a secret (HMAC)' }).check()
    await key.getByRole('textbox', { name: 'Secret' }).fill(SECRET)

    expect(await sign(page)).toBe('✓ New token, signed with HS256')
    expect(await signedToken(page)).toBe(hs256(edited, SECRET))
    expect(await tokenField(page).inputValue()).toBe(TOKEN)

    await useSignedToken(page)
    expect(await screen.decodedJson(region(page, 'Decoded'))).toEqual([
      '{"alg":"HS256","typ":"JWT"}',
      edited,
    ])
    expect(await verifyWith(page, SECRET)).toBe('✓ Verified')
  })

  test('signs with a generated ES256 key, and the exported public key verifies the new token', async () => {
    const page = await openWorkbench()
    await pasteToken(page, TOKEN)
    await chooseAlgorithm(page, 'ES256')
    const section = region(page, 'Sign')
    const key = section.getByRole('group', { name: 'Signing key' })
    await key.getByRole('radio', { name: 'Generate a key' }).check()
    await key.getByRole('button', { name: 'Generate an ES256 key' }).click()
    await key.getByText(/^Key: /).waitFor()

    expect(await sign(page)).toBe('✓ New token, signed with ES256')
    const token = await signedToken(page)
    const tools = section.getByRole('region', { name: 'Key tools' })
    await tools.getByRole('button', { name: 'Export this key as PEM and JWK' }).click()
    const publicPem = await tools
      .getByRole('textbox', { name: 'public key PEM', exact: true })
      .inputValue()
    expect(publicPem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/)
    expect(es256Verifies(token, publicPem)).toBe(true)

    await useSignedToken(page)
    expect(await screen.decodedJson(region(page, 'Decoded'))).toEqual([
      '{"alg":"ES256","typ":"JWT"}',
      PAYLOAD,
    ])
    expect(await verifyWith(page, publicPem)).toBe('✓ Verified')
    expect(await verifyWith(page, SECRET)).toBe('✗ Not verified')
  })
})
