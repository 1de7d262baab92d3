import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { reported } from '../../../jwt/verify/reported'
import {
  allowedAlgorithms,
  bench,
  hs256,
  renderWorkbench,
  rs256Token,
} from '../support/render-workbench'

interface ToggleInput {
  readonly secret_text: string
  readonly token_signed_with_text_bytes: string
  readonly token_signed_with_decoded_bytes: string
}
type ToggleVerdicts = Record<'toggle_off' | 'toggle_on', 'valid' | 'invalid'>
interface ToggleExpected {
  readonly token_signed_with_text_bytes: ToggleVerdicts
  readonly token_signed_with_decoded_bytes: ToggleVerdicts
}

const HEADLINE = { valid: '✓ Verified', invalid: '✗ Not verified' } as const
const verify = () => bench.section('Verify')

describe('verifying in the workbench', () => {
  // The case of test/conformance/cases/reported-cases.json, after lcobucci/jwt#217.
  it.each([
    ['token_signed_with_text_bytes', 'toggle_off'],
    ['token_signed_with_text_bytes', 'toggle_on'],
    ['token_signed_with_decoded_bytes', 'toggle_off'],
    ['token_signed_with_decoded_bytes', 'toggle_on'],
  ] as const)(
    'jwt-verify-secret-base64-toggle: %s with the toggle %s',
    async (token, toggle) => {
      const { input, expected } = reported<ToggleInput, ToggleExpected>(
        'jwt-verify-secret-base64-toggle',
      )
      renderWorkbench()
      await bench.pasteToken(input[token])
      await bench.enterKey(input.secret_text)
      if (toggle === 'toggle_on')
        await bench.choose('base64 or base64url bytes', 'Verify')

      expect(await bench.verdict()).toBe(HEADLINE[expected[token][toggle]])
      expect(verify().getByText(/^Key: /, { selector: '.key-summary' }).textContent).toBe(
        toggle === 'toggle_on'
          ? 'Key: HMAC secret, 35 bytes (280 bits), decoded from base64.'
          : 'Key: HMAC secret, 48 bytes (384 bits), the UTF-8 bytes of the text.',
      )
    },
  )

  it('says the other reading of a base64-looking secret verifies, and which way to switch', async () => {
    const { input } = reported<ToggleInput, ToggleExpected>(
      'jwt-verify-secret-base64-toggle',
    )
    renderWorkbench()
    await bench.pasteToken(input.token_signed_with_decoded_bytes)
    await bench.enterKey(input.secret_text)

    expect(await bench.verdict()).toBe('✗ Not verified')
    expect(verify().getByText('Failed check: the signature')).toBeTruthy()
    expect(
      verify().getByText(/^invalid signature: /, { selector: '.verdict-message' })
        .textContent,
    ).toContain(
      'Read as base64 instead (35 bytes), the same secret does verify this token: under "Read a secret as", choose "base64 or base64url bytes".',
    )
  })

  it('verifies an RS256 token with a PEM public key and explains the signature', async () => {
    const { token, pem } = rs256Token({ sub: 'student-3' })
    renderWorkbench()
    await bench.pasteToken(token)
    await bench.enterKey(pem)

    expect(await bench.verdict()).toBe('✓ Verified')
    const explained = verify().getByRole('region', {
      name: 'The signature, step by step',
    })
    const terms = [...explained.querySelectorAll('dl.explain-list > dt')].map(
      (term) => term.textContent,
    )
    expect(terms).toEqual([
      'What is signed',
      'Which key checks it',
      'Signature size and form',
      'Verdict',
    ])
    expect(explained.textContent).toContain('256 bytes (256 expected), one RSA number')
    expect(explained.textContent).toContain('RSA public key, 2048-bit modulus')
  })

  it('allows the key family’s algorithms by default and refuses algorithm confusion with the reason', async () => {
    const { pem } = rs256Token({ sub: 'student-3' })
    // The classic forgery: HS256 "signed" with the server's public key as the secret.
    const forged = hs256({ alg: 'HS256', typ: 'JWT' }, { sub: 'admin' }, pem)
    renderWorkbench()
    await bench.pasteToken(forged)
    await bench.enterKey(pem)

    expect(await bench.verdict()).toBe('✗ Not verified')
    expect(allowedAlgorithms()).toEqual([
      'RS256',
      'RS384',
      'RS512',
      'PS256',
      'PS384',
      'PS512',
    ])
    expect(verify().getByText('Failed check: the key fits the algorithm')).toBeTruthy()
    const reason = verify().getByText(/algorithm-confusion attack/, {
      selector: '.verdict-message',
    })
    expect(reason.textContent).toMatch(
      /^the token says HS256 \(HMAC with a shared secret\), but the key is RSA public key, 2048-bit modulus/,
    )

    await bench.choose('HS256')
    expect(allowedAlgorithms()).toEqual([
      'HS256',
      'RS256',
      'RS384',
      'RS512',
      'PS256',
      'PS384',
      'PS512',
    ])
    expect(verify().getByText(/^Your own list: /).textContent).toBe(
      'Your own list: HS256, RS256, RS384, RS512, PS256, PS384, PS512. HS256 cannot be checked with this key; a careful verifier refuses such a token whatever the list says.',
    )
    expect(await bench.verdict()).toBe('✗ Not verified')
    expect(verify().getByText('Failed check: the key fits the algorithm')).toBeTruthy()
  })

  it('never verifies alg none, whatever secret is typed', async () => {
    const { input } = reported<
      { unsecured_token: string; secret_typed_by_user: string },
      unknown
    >('jwt-verify-alg-none')
    renderWorkbench()
    await bench.pasteToken(input.unsecured_token)
    await bench.enterKey(input.secret_typed_by_user)

    expect(await bench.verdict()).toBe('✗ Unsecured token: never verified')
    expect(
      verify().getByText(/^Unsecured JWT - no signature to verify/, {
        selector: '.verdict-message',
      }),
    ).toBeTruthy()
    expect(screen.queryByText('✓ Verified')).toBeNull()
    expect(
      bench
        .section('Decoded')
        .getByText(/^Unsecured token: alg "none" means nobody signed it/),
    ).toBeTruthy()
  })

  it('keeps "not supported here" apart from "not verified"', async () => {
    const token = hs256(
      { alg: 'ES256K' },
      { sub: 'student-6' },
      'any-secret-0123456789abcdef0123456',
    )
    renderWorkbench()
    await bench.pasteToken(token)
    await bench.enterKey('any-secret-0123456789abcdef0123456')

    expect(await bench.verdict()).toBe(
      '⚠ Cannot be checked here (not the same as invalid)',
    )
    expect(verify().getByText('Failed check: algorithms supported here')).toBeTruthy()
    expect(
      verify().getByText(/^ES256K \(ECDSA on secp256k1, RFC 8812\) is not supported/, {
        selector: '.verdict-message',
      }),
    ).toBeTruthy()
  })

  it('sends an encrypted token to decryption instead of calling it unverified', async () => {
    const { input } = reported<{ token: string }, unknown>('jwt-decode-jwe-pasted')
    renderWorkbench()
    await bench.pasteToken(input.token)
    await bench.enterKey('any-secret-0123456789abcdef0123456')

    expect(
      verify().getByText(/^An encrypted token \(JWE\) has no signature to verify/),
    ).toBeTruthy()
    expect(
      verify().queryByText(/^(✓|✗)/, { selector: '.verdict-headline strong' }),
    ).toBeNull()
  })

  it('refuses a leeway that is no number of seconds from 0 to 300, saying why', async () => {
    const token = hs256(
      { alg: 'HS256' },
      { sub: 'student-1' },
      'leeway-secret-0123456789abcdef01234',
    )
    renderWorkbench()
    await bench.pasteToken(token)
    await bench.enterKey('leeway-secret-0123456789abcdef01234')
    expect(await bench.verdict()).toBe('✓ Verified')

    await bench.type('Leeway in seconds (0 to 300)', '30s')
    const field = screen.getByLabelText('Leeway in seconds (0 to 300)')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(
      screen.getByText(/^leeway "30s" is not a number of seconds/, {
        selector: '.field-error',
      }).textContent,
    ).toBe(
      'leeway "30s" is not a number of seconds: type digits only, such as 30 (no unit, no sign)',
    )
    expect(await bench.verdict()).toBe('⚠ A verify setting needs fixing')

    await bench.type('Leeway in seconds (0 to 300)', '9007199254740991')
    expect(
      screen.getByText(/is more than 300 s/, { selector: '.field-error' }).textContent,
    ).toMatch(/^leeway 9007199254740991 s is more than 300 s \(5 minutes\)/)

    await bench.type('Leeway in seconds (0 to 300)', '30')
    expect(field.getAttribute('aria-invalid')).toBe('false')
    expect(await bench.verdict()).toBe('✓ Verified')
  })

  it('lets leeway decide at the edge of exp on a fixed clock (jwt-verify-nbf-exp-leeway)', async () => {
    const { input } = reported<{ token: string; secret: string }, unknown>(
      'jwt-verify-nbf-exp-leeway',
    )
    renderWorkbench({ fixedTime: '1700000310' })
    await bench.pasteToken(input.token)
    await bench.enterKey(input.secret)

    expect(screen.getByText('Now:').closest('p')?.textContent).toBe(
      'Now: 2023-11-14 22:18:30 UTC (fixed)',
    )
    expect(await bench.verdict()).toBe('✗ Not verified')
    expect(verify().getByText('Failed check: expiry (exp)')).toBeTruthy()

    await bench.type('Leeway in seconds (0 to 300)', '30')
    expect(await bench.verdict()).toBe('✓ Verified')
  })
})
