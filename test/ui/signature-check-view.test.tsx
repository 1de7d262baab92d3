import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { storedToken } from '../../src/world/actions/token-storage'
import type { World } from '../../src/world/world'
import { act, jwtWorlds, sessionWorlds } from './support/arrange'
import type { JwtWorlds } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: JwtWorlds
let accepted: World

beforeAll(async () => {
  worlds = await jwtWorlds()
  accepted = await act(worlds.afterLogin, 'get-profile')
})

/** Where two base64url signatures first differ, byte by byte, worked out apart from the app. */
function firstDifferingByte(a: string, b: string): number {
  const [left, right] = [Buffer.from(a, 'base64url'), Buffer.from(b, 'base64url')]
  return left.findIndex((byte, index) => byte !== right[index])
}

function item(heading: string): HTMLElement {
  const found = ui.region('Signature check').getByRole('heading', { name: heading })
  return found.closest('li') as HTMLElement
}

describe('SignatureCheckView', () => {
  it('walks through the server’s check of the forged token, step by step', async () => {
    await renderBouncer({ world: worlds.afterRejectedProfile })
    const forged = storedToken(worlds.afterRejectedProfile) ?? ''
    const [header = '', payload = '', signature = ''] = forged.split('.')

    const check = ui.region('Signature check')
    expect(
      check.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent),
    ).toEqual([
      'Signing input',
      'Signature computed by the server',
      'Signature received',
      'Compare',
      'Verdict',
    ])
    expect(check.getByText(header).className).toBe('token-part part-header')
    expect(check.getByText(payload).className).toBe('token-part part-payload')
    expect(check.getByText(signature)).toBeTruthy()
    const computed = check.getByTestId('signature-computed').textContent ?? ''
    expect(computed).toMatch(/^[\w-]{43}$/)
    expect(computed).not.toBe(signature)
    expect(item('Verdict').textContent).toBe(
      "VerdictRejected. The signature does not match the HMAC of header.payload under the server's secret: the token was changed after signing, or signed with another key.",
    )
  })

  it('says "not equal" from the server’s byte comparison, and where the bytes first differ', async () => {
    await renderBouncer({ world: worlds.afterRejectedProfile })
    const computed = ui.region('Signature check').getByTestId('signature-computed')
    const received = storedToken(worlds.afterRejectedProfile)?.split('.')[2] ?? ''
    const at = firstDifferingByte(computed.textContent ?? '', received)

    const compare = item('Compare')
    expect(compare.textContent).toContain(
      `They first differ at byte ${at}, counting from 0.`,
    )
    expect(compare.lastElementChild?.textContent).toBe('✗ Not equal.')
  })

  it('says "equal, byte for byte" for the token the server signed', async () => {
    await renderBouncer({ world: accepted })

    expect(item('Compare').lastElementChild?.textContent).toBe('✓ Equal, byte for byte.')
    expect(item('Compare').textContent).not.toContain('differ')
    expect(item('Verdict').textContent).toMatch(/^VerdictAccepted\. /)
  })

  it('explains itself when the selected request checked no signature', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    const check = ui.region('Signature check')
    expect(check.getByText(/had no token signature to check/)).toBeTruthy()
    expect(check.getByText('Show the server’s secret')).toBeTruthy()
  })

  it('is not offered in session mode, where no request carries a token', async () => {
    const { afterLogin } = await sessionWorlds()
    await renderBouncer({ world: afterLogin })

    expect(screen.queryByRole('region', { name: 'Signature check' })).toBeNull()
  })
})

describe('the server’s secret, shown for the demo', () => {
  it('reveals the HS256 key as base64url, saying a real server never would', async () => {
    await renderBouncer({ world: accepted })

    const check = ui.region('Signature check')
    expect(check.getByText('Show the server’s secret').tagName).toBe('SUMMARY')
    expect(check.getByTestId('server-secret').textContent).toBe(
      accepted.server.signingKey.secret,
    )
    expect(
      check.getByText(/^A demo only: a real server never reveals its signing key/),
    ).toBeTruthy()
    expect(
      check.getByText(/^The HS256 key, 32 bytes \(256 bits\) of random data/),
    ).toBeTruthy()
  })

  it('opens the stored token with that key in the token box, where it verifies', async () => {
    await renderBouncer({ world: accepted })

    await ui.within('Signature check').click('Open in token box')

    expect(screen.getByLabelText<HTMLTextAreaElement>('JWT to decode').value).toBe(
      storedToken(accepted),
    )
    expect(screen.getByLabelText<HTMLInputElement>('Secret').value).toBe(
      accepted.server.signingKey.secret,
    )
    expect(screen.getByLabelText<HTMLInputElement>('base64url bytes').checked).toBe(true)
    await ui.click('Check signature')
    expect(await ui.region('Paste a JWT').findByText('✓ Signature verified')).toBeTruthy()
  })

  it('lets the token box show the forged token fail against the real key', async () => {
    await renderBouncer({ world: worlds.afterRejectedProfile })

    await ui.within('Signature check').click('Open in token box')
    await ui.click('Check signature')

    expect(
      await ui.region('Paste a JWT').findByText('✗ Signature NOT verified'),
    ).toBeTruthy()
  })
})
