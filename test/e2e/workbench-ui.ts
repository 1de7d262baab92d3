import { createHmac } from 'node:crypto'
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import { closeAfterEachTest, monolithRequests, openApp } from './app'
import { atFixedTime, region } from './ui'

/** The instant the workbench's clock is frozen at: the pasted token's iat. */
const NOW = '2026-01-15T12:00:00Z'

/** A practice HMAC secret of 36 bytes, long enough for HS256. */
export const SECRET = 'workbench-secret-0123456789abcdef012'

/** The claims of the token the tests paste, exactly as signed. */
export const PAYLOAD = '{"sub":"student-9","role":"user","iat":1768478400}'

/** An HS256 token made apart from the app, with node:crypto, as the oracle. */
export function hs256(payload: string, secret: string): string {
  const header = Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url')
  const signingInput = `${header}.${Buffer.from(payload).toString('base64url')}`
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url')
  return `${signingInput}.${signature}`
}

/** The token the tests paste: PAYLOAD signed with SECRET. */
export const TOKEN = hs256(PAYLOAD, SECRET)

/**
 * Gives one file's tests a way to open the workbench at a route (or a whole
 * address), each time in a fresh Chromium with the clock frozen at NOW. After each
 * test every page it opened must have a clean console and must have sent nothing
 * to the mock monolith: the workbench works in the page alone.
 */
export function workbenchPerTest(): (route?: string) => Promise<Page> {
  const watch = closeAfterEachTest((app) => {
    expect(monolithRequests(app.requests)).toEqual([])
  })
  return async (route = '#workbench') =>
    watch(await openApp({ ...atFixedTime(NOW), route })).page
}

/** The workbench's token field, which only the learner (or "Use this token") writes. */
export function tokenField(page: Page): Locator {
  return region(page, 'Token').getByRole('textbox', { name: 'Token (JWS or JWE)' })
}

/**
 * Pastes `token` into the workbench and waits until the page took it in: decoding,
 * and the encoder that starts from the decoded token, trail the typing.
 */
export async function pasteToken(page: Page, token: string): Promise<void> {
  await tokenField(page).fill(token)
  await decodedAs(page, token)
}

/** The verdict headline of a section once its check has settled, e.g. `✓ Verified`. */
export async function verdict(section: Locator): Promise<string> {
  const headline = section.locator('.verdict-headline')
  await headline.waitFor()
  return headline.innerText()
}

/** Types `key` into the Verify section's key field and reads the verdict it gives. */
export async function verifyWith(page: Page, key: string): Promise<string> {
  const verify = region(page, 'Verify')
  await verify.getByRole('textbox', { name: 'Verification key' }).fill(key)
  return verdict(verify)
}

/** Chooses the encoder's algorithm, which also rewrites `alg` in its header box. */
export async function chooseAlgorithm(page: Page, alg: string): Promise<void> {
  await region(page, 'Sign')
    .getByRole('combobox', { name: 'Algorithm (alg)' })
    .selectOption(alg)
}

/** Replaces the encoder's claims box with `json`, as a learner's edit would. */
export async function editClaims(page: Page, json: string): Promise<void> {
  await region(page, 'Sign')
    .getByRole('textbox', { name: 'Payload: claims (JSON)' })
    .fill(json)
}

/**
 * Presses the encoder's Sign button and returns what it says: `✓ New token,
 * signed with HS256`, or `✗ Not signed: ` and why.
 */
export async function sign(page: Page): Promise<string> {
  const section = region(page, 'Sign')
  await section.getByRole('button', { name: 'Sign', exact: true }).click()
  const outcome = section.locator('.signed-token > p').first()
  await outcome.waitFor()
  return outcome.innerText()
}

/** The token the last press of Sign made, as its copyable field holds it. */
export function signedToken(page: Page): Promise<string> {
  return region(page, 'Sign').getByRole('textbox', { name: 'new token' }).inputValue()
}

/** Presses "Use this token" and waits until the workbench decodes the new token. */
export async function useSignedToken(page: Page): Promise<void> {
  const token = await signedToken(page)
  await region(page, 'Sign').getByRole('button', { name: 'Use this token' }).click()
  await decodedAs(page, token)
}

/** The link the Share section offers now. */
export function shareLink(page: Page): Promise<string> {
  return region(page, 'Share')
    .getByRole('textbox', { name: 'Link to share' })
    .inputValue()
}

async function decodedAs(page: Page, token: string): Promise<void> {
  const raw = region(page, 'Decoded').getByLabel('Token as sent, segment by segment')
  await expect.poll(() => raw.allInnerTexts()).toEqual([token])
}
