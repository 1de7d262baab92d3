import { createHmac } from 'node:crypto'
import { describe, expect, test } from 'vitest'
import { monolithRequests } from './app'
import type { AppSession } from './app'
import * as screen from './screen'
import * as ui from './ui'

const NOW = '2026-01-15T12:00:00Z'

// A token signed with some secret nobody here knows; the claims are plain to read.
const PASTED =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6Ik1pY2hhZWwgQ2FsbGFoYW4iLCJpYXQiOjE1MTYyMzkwMjJ9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

const openLesson = ui.lessonPerTest(ui.atFixedTime(NOW))

/** HS256 over header.payload, computed apart from the app, as the oracle. */
function hs256(token: string, secret: string): string {
  const signingInput = token.split('.').slice(0, 2).join('.')
  return createHmac('sha256', secret).update(signingInput).digest('base64url')
}

function tokenBox(app: AppSession) {
  return ui.region(app.page, 'Paste a JWT')
}

describe('the token box in Chromium', () => {
  test('decodes a pasted token to its header and claims, sending nothing', async () => {
    const app = await openLesson(ui.LESSONS.session)
    await ui.pasteToken(app.page, PASTED)

    expect(await screen.tokenKind(tokenBox(app))).toBe('JWS (compact, 3 segments)')
    expect(await screen.tokenSegments(tokenBox(app))).toEqual(
      ['header', 'payload', 'signature'].map((part, index) => ({
        part,
        text: PASTED.split('.')[index],
      })),
    )
    expect(await screen.decodedJson(tokenBox(app))).toEqual([
      '{"alg":"HS256","typ":"JWT"}',
      '{"sub":"1234567890","name":"Michael Callahan","iat":1516239022}',
    ])
    expect(monolithRequests(app.requests)).toEqual([])
  })

  test('says NOT verified for a wrong secret, and leaves the pasted token as it was', async () => {
    const app = await openLesson(ui.LESSONS.session)
    await ui.pasteToken(app.page, PASTED)
    await ui.typeSecret(app.page, 'your-super-secret-key')
    expect(await ui.tokenFieldText(app.page)).toBe(PASTED)

    await ui.checkSignature(app.page)
    const check = await screen.tokenBoxCheck(app.page)
    expect(check.verdict).toMatch(/^✗ Signature NOT verified: invalid signature: /)
    expect(check.computed).toBe(hs256(PASTED, 'your-super-secret-key'))
    expect(check.received).toBe(PASTED.split('.')[2])
    expect(check.notes).toEqual([
      'Warning: the key is 21 bytes; RFC 7518 §3.2 requires at least 32 bytes for HS256, and a short secret can be guessed offline from any token',
    ])
    expect(await ui.tokenFieldText(app.page)).toBe(PASTED)
  })

  test('names what is wrong with pasted text that is no JWT, instead of going blank', async () => {
    const app = await openLesson(ui.LESSONS.session)
    await ui.pasteToken(app.page, 'abc.def')

    expect(await screen.tokenKind(tokenBox(app))).toBe(
      'not a compact JWS or JWE (2 segments)',
    )
    expect(await screen.tokenProblems(tokenBox(app))).toContain(
      'token: found 2 segments separated by "."; a signed JWT (JWS) has 3 and an encrypted one (JWE) has 5 (RFC 7515 §7.1, RFC 7516 §7.1)',
    )
    await ui.checkSignature(app.page)
    expect((await screen.tokenBoxCheck(app.page)).verdict).toBe(
      '✗ Signature NOT verified: malformed token: found 2 segments separated by "."; a signed JWT (JWS) has 3 and an encrypted one (JWE) has 5 (RFC 7515 §7.1, RFC 7516 §7.1)',
    )
    expect(await app.page.getByText('This panel failed').count()).toBe(0)
  })
})

// The case of test/conformance/cases/reported-cases.json, after jwt.io#306.
describe('jwt-verify-editing-secret-does-not-resign', () => {
  const token =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHVkZW50LTEyIiwibmFtZSI6IlNhbXBsZSBMZWFybmVyIiwiaWF0IjoxNzY3MjI1NjAwfQ.mgVOYRGgwX70fF_f42-94N4JSR6Fy7HCn9nquhWOrQ0'
  const secretA = 'first-secret-0123456789abcdef0123456'
  const secretB = 'second-secret-0123456789abcdef012345'

  test('shows invalid for the other secret without re-signing, then verified for the signer’s', async () => {
    const app = await openLesson(ui.LESSONS.session)
    await ui.pasteToken(app.page, token)

    await ui.typeSecret(app.page, secretB)
    await ui.checkSignature(app.page)
    expect(await ui.tokenFieldText(app.page)).toBe(token)
    expect((await screen.tokenBoxCheck(app.page)).verdict).toMatch(
      /^✗ Signature NOT verified: /,
    )

    await ui.typeSecret(app.page, secretA)
    await ui.checkSignature(app.page)
    expect(await ui.tokenFieldText(app.page)).toBe(token)
    const check = await screen.tokenBoxCheck(app.page)
    expect(check.verdict).toMatch(/^✓ Signature verified: /)
    expect(check.computed).toBe(token.split('.')[2])
    expect(check.received).toBe(token.split('.')[2])
  })
})
