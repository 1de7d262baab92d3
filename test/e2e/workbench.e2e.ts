import { describe, expect, test } from 'vitest'
import * as screen from './screen'
import { region } from './ui'
import {
  PAYLOAD,
  SECRET,
  TOKEN,
  tokenField,
  verdict,
  workbenchPerTest,
  pasteToken,
} from './workbench-ui'

const openWorkbench = workbenchPerTest()

describe('the token workbench in Chromium', () => {
  test('decodes a pasted token, verifies it with a secret, and shows the step a one-character tamper breaks', async () => {
    const page = await openWorkbench()
    await pasteToken(page, TOKEN)

    const decoded = region(page, 'Decoded')
    expect(await screen.tokenKind(decoded)).toBe('JWS (compact, 3 segments)')
    expect(await screen.tokenSegments(decoded)).toEqual(
      ['header', 'payload', 'signature'].map((part, index) => ({
        part,
        text: TOKEN.split('.')[index],
      })),
    )
    expect(await screen.decodedJson(decoded)).toEqual([
      '{"alg":"HS256","typ":"JWT"}',
      PAYLOAD,
    ])

    const verify = region(page, 'Verify')
    await verify
      .getByRole('textbox', { name: 'Verification key' })
      .pressSequentially(SECRET)
    expect(await verdict(verify)).toBe('✓ Verified')
    expect(await tokenField(page).inputValue()).toBe(TOKEN)

    const tamper = region(page, 'Tamper live')
    const payload = tamper.getByRole('textbox', { name: 'Payload JSON of the copy' })
    await payload.fill(PAYLOAD.replace('"user"', '"usex"'))
    await tamper.getByText('The step that fails: Signature.').waitFor()
    expect(await verdict(tamper)).toBe('✗ Not verified')
    expect(await tamper.locator('.verify-step.step-failed').innerText()).toMatch(
      /^✗ Failed Signature: invalid signature: /,
    )
    expect(await tokenField(page).inputValue()).toBe(TOKEN)
    expect(await verdict(verify)).toBe('✓ Verified')
  })

  test('moves between the lessons and the workbench by the header links, keeping what was typed', async () => {
    const page = await openWorkbench()
    await pasteToken(page, TOKEN)
    const nav = page.getByRole('navigation', { name: 'Pages' })
    expect(
      await nav
        .getByRole('link', { name: 'Token workbench' })
        .getAttribute('aria-current'),
    ).toBe('page')

    await nav.getByRole('link', { name: 'Lessons' }).click()
    await region(page, 'Lesson').waitFor()
    expect(await region(page, 'Token').count()).toBe(0)

    await page.goBack()
    expect(await tokenField(page).inputValue()).toBe(TOKEN)
    expect(new URL(page.url()).hash).toBe('#workbench')
  })
})
