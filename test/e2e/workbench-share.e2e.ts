import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { servedByHost } from './app'
import * as screen from './screen'
import { region } from './ui'
import {
  SECRET,
  TOKEN,
  shareLink,
  tokenField,
  verdict,
  verifyWith,
  workbenchPerTest,
  pasteToken,
} from './workbench-ui'

const openWorkbench = workbenchPerTest()

const SECRET_LEFT_OUT =
  'The secret is left out. Whoever opens the link types it themselves.'
const SECRET_WARNING =
  'Warning: the secret is in the link. Anyone who gets it can sign tokens your server will accept; share it only for a practice secret, never a real one.'

/** Pastes TOKEN and verifies it with SECRET, as a learner does before sharing. */
async function verifiedToken(page: Page): Promise<void> {
  await pasteToken(page, TOKEN)
  expect(await verifyWith(page, SECRET)).toBe('✓ Verified')
}

/** Ticks "Include the secret in the link", which the share panel leaves unticked. */
async function includeSecret(page: Page): Promise<void> {
  await region(page, 'Share')
    .getByRole('checkbox', { name: 'Include the secret in the link' })
    .check()
}

describe('sharing a workbench link, in Chromium', () => {
  test('puts the token after "#", never in the query, and the secret only once ticked, with a warning', async () => {
    const page = await openWorkbench()
    await verifiedToken(page)
    const share = region(page, 'Share')

    const link = new URL(await shareLink(page))
    expect(link.origin + link.pathname).toBe(page.url().replace(/#.*$/, ''))
    expect(link.search).toBe('')
    expect(link.hash).toBe(`#workbench&token=${TOKEN}`)
    expect(link.href).not.toContain(SECRET)
    expect(await share.getByText(SECRET_LEFT_OUT).isVisible()).toBe(true)

    await includeSecret(page)
    const withSecret = new URL(await shareLink(page))
    expect(withSecret.search).toBe('')
    expect(withSecret.hash).toBe(
      `#workbench&token=${TOKEN}&secret=${encodeURIComponent(SECRET)}`,
    )
    expect(await share.getByText(SECRET_WARNING).isVisible()).toBe(true)
    expect(await share.getByText(SECRET_LEFT_OUT).count()).toBe(0)
  })

  test('opens a shared link on its token and secret, then shows plain #workbench in the address bar', async () => {
    const sender = await openWorkbench()
    await verifiedToken(sender)
    await includeSecret(sender)
    const link = await shareLink(sender)

    const page = await openWorkbench(link)
    expect(await tokenField(page).inputValue()).toBe(TOKEN)
    expect(
      await region(page, 'Verify')
        .getByRole('textbox', { name: 'Verification key' })
        .inputValue(),
    ).toBe(SECRET)
    expect(await screen.tokenKind(region(page, 'Decoded'))).toBe(
      'JWS (compact, 3 segments)',
    )
    expect(await verdict(region(page, 'Verify'))).toBe('✓ Verified')
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /^Opened from a link/ })
        .innerText(),
    ).toBe(
      'Opened from a link: the token and a secret came from the link’s fragment, which never reaches a server.',
    )

    const address = new URL(page.url())
    expect(address.hash).toBe('#workbench')
    expect(address.search).toBe('')
    expect(page.url()).toBe(link.replace(/#.*$/, '#workbench'))
    const served = await servedByHost()
    expect(
      served.filter((path) => path.includes(TOKEN) || path.includes(SECRET)),
    ).toEqual([])
  })
})
