import { createHmac } from 'node:crypto'
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, test } from 'vitest'
import { monolithRequests, openApp, unexpectedPageErrors } from './app'
import type { AppSession, OpenAppOptions } from './app'
import * as screen from './screen'
import { atFixedTime, region } from './ui'

const NOW = '2026-01-15T12:00:00Z'
const SECRET = 'workbench-secret-0123456789abcdef012'
const PAYLOAD = '{"sub":"student-9","role":"user","iat":1768478400}'

/** An HS256 token made apart from the app, with node:crypto, as the oracle. */
function hs256(payload: string, secret: string): string {
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')
  const signingInput = `${header}.${Buffer.from(payload).toString('base64url')}`
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url')
  return `${signingInput}.${signature}`
}

const TOKEN = hs256(PAYLOAD, SECRET)

let app: AppSession | null = null
afterEach(async () => {
  const opened = app
  app = null
  if (opened === null) return
  try {
    expect(unexpectedPageErrors(opened.consoleLog, opened.requests)).toEqual([])
    expect(monolithRequests(opened.requests)).toEqual([])
  } finally {
    await opened.close()
  }
})

async function openWorkbench(route = '#workbench', options: OpenAppOptions = {}) {
  app = await openApp({ ...atFixedTime(NOW), ...options, route })
  return app.page
}

/** The verdict headline of a section once its check has settled. */
async function verdict(section: Locator): Promise<string> {
  const headline = section.locator('.verdict-headline')
  await headline.waitFor()
  return headline.innerText()
}

function tokenField(page: Page): Locator {
  return region(page, 'Token').getByRole('textbox', { name: 'Token (JWS or JWE)' })
}

describe('the token workbench in Chromium', () => {
  test('decodes a pasted token, verifies it with a secret, and shows the step a one-character tamper breaks', async () => {
    const page = await openWorkbench()
    await tokenField(page).fill(TOKEN)

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
    await tokenField(page).fill(TOKEN)
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

  test('opens a shared link on its token and takes the token out of the address', async () => {
    const page = await openWorkbench(`#workbench&token=${encodeURIComponent(TOKEN)}`)

    expect(await tokenField(page).inputValue()).toBe(TOKEN)
    expect(await screen.tokenKind(region(page, 'Decoded'))).toBe(
      'JWS (compact, 3 segments)',
    )
    expect(new URL(page.url()).hash).toBe('#workbench')
  })
})
