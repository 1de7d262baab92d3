import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { generateKeyPairSync } from 'node:crypto'
import { compactVerify, importJWK, importSPKI, jwtVerify } from 'jose'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EncoderPanel } from '../../../../src/ui/workbench/encoder/EncoderPanel'
import { ui } from '../../support/ui'
import { actEnvironment, shown } from './await-screen'

const HEADER = '{"alg":"HS256","typ":"JWT"}'
const PAYLOAD = '{\n  "sub": "student-1",\n  "role": "learner"\n}'
// The recipient key of reported case jwt-decode-jwe-pasted: a P-256 private JWK.
const EC_PRIVATE_JWK = {
  kty: 'EC',
  x: 'lS8Q4OfsHNLR-_-HMQ5H8xcHYpbi6PG-uBpcVNERLFc',
  y: 'FtCWYiEPuRSLw-5WjIuS7xBAtPe89_L_c2sifVEjRF0',
  crv: 'P-256',
  d: 'J6MNxmmxHNKl0pzyMgw3ktu0EKWyokc5XQVgglZ-Dxc',
  kid: 'enc-key-1',
} as const

function renderEncoder(header = HEADER, payload = PAYLOAD) {
  const onSigned = vi.fn<(token: string, verifyKey: unknown) => void>()
  render(
    <EncoderPanel
      initialHeaderJson={header}
      initialPayloadJson={payload}
      onSigned={onSigned}
    />,
  )
  return onSigned
}

function field(label: string): HTMLTextAreaElement {
  return screen.getByLabelText(label)
}

async function choose(label: string) {
  await act(async () => {
    fireEvent.click(screen.getByLabelText(label))
  })
}

async function chooseAlg(alg: string) {
  await act(async () => {
    fireEvent.change(screen.getByLabelText('Algorithm (alg)'), { target: { value: alg } })
  })
}

/** Presses Sign and returns the new token as shown. */
async function signAndRead(): Promise<string> {
  await ui.click('Sign')
  await shown(/^✓ New token, signed with/)
  return field('new token').value
}

actEnvironment()

afterEach(() => {
  vi.useRealTimers()
})

describe('EncoderPanel', () => {
  it('signs HS256 with a typed secret into a token jose verifies with that secret', async () => {
    const onSigned = renderEncoder()
    await ui.type('Secret', 'a-practice-secret-of-32-bytes!!!')

    const token = await signAndRead()

    const { payload, protectedHeader } = await jwtVerify(
      token,
      new TextEncoder().encode('a-practice-secret-of-32-bytes!!!'),
    )
    expect(protectedHeader).toEqual({ alg: 'HS256', typ: 'JWT' })
    expect(payload).toEqual({ sub: 'student-1', role: 'learner' })
    expect(onSigned).not.toHaveBeenCalled()
  })

  it('hands the new token over only when "Use this token" is pressed', async () => {
    const onSigned = renderEncoder()
    await ui.type('Secret', 'a-practice-secret-of-32-bytes!!!')
    const token = await signAndRead()

    await ui.click('Use this token')

    expect(onSigned).toHaveBeenCalledTimes(1)
    expect(onSigned).toHaveBeenCalledWith(token, {
      keyText: 'a-practice-secret-of-32-bytes!!!',
      secretEncoding: 'utf8',
      keepSecretWhitespace: false,
    })
  })

  it('reads the secret as base64url bytes when told to', async () => {
    renderEncoder()
    await ui.type('Secret', 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8')
    await choose('base64 or base64url bytes')

    const token = await signAndRead()

    const key = Uint8Array.from({ length: 32 }, (_, index) => index)
    await expect(jwtVerify(token, key)).resolves.toBeTruthy()
  })

  it('generates an ES256 key, signs with it, and exports the public key that verifies', async () => {
    renderEncoder()
    await chooseAlg('ES256')
    await choose('Generate a key')
    await ui.click('Generate an ES256 key')
    await shown('Key: EC key pair on P-256')

    const token = await signAndRead()
    await ui.click('Export this key as PEM and JWK')
    await shown('Public key: safe to share')
    const publicPem = field('public key PEM')

    expect(field('Header (JSON)').value).toBe('{"alg":"ES256","typ":"JWT"}')
    const verified = await compactVerify(
      token,
      await importSPKI(publicPem.value, 'ES256'),
    )
    expect(verified.protectedHeader).toEqual({ alg: 'ES256', typ: 'JWT' })
    expect(screen.getByText(/^JWK thumbprint \(RFC 7638, SHA-256\)/)).toBeTruthy()
    expect(screen.getByText(/^Warning: anyone with the private key/)).toBeTruthy()
  })

  it('signs ES256 with a pasted private JWK', async () => {
    renderEncoder('{"alg":"ES256"}', '{"sub":"student-7"}')
    await choose('Paste a private key (PEM or JWK)')
    await ui.type('Private key (PEM PKCS #8 or JWK)', JSON.stringify(EC_PRIVATE_JWK))
    await shown('Key: EC private key on P-256, kid "enc-key-1", from a JWK')

    const token = await signAndRead()

    const { kty, crv, x, y } = EC_PRIVATE_JWK
    const key = await importJWK({ kty, crv, x, y }, 'ES256')
    const { payload } = await compactVerify(token, key)
    expect(new TextDecoder().decode(payload)).toBe('{"sub":"student-7"}')
  })

  it('signs RS256 with a pasted PEM PKCS #8 private key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    renderEncoder('{"alg":"RS256","typ":"JWT"}', '{"sub":"student-1"}')
    await choose('Paste a private key (PEM or JWK)')
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
    await ui.type('Private key (PEM PKCS #8 or JWK)', pem)
    await shown('Key: RSA private key, 2048-bit modulus, from PEM PKCS #8')

    const token = await signAndRead()

    const spki = publicKey.export({ format: 'pem', type: 'spki' }).toString()
    await expect(
      compactVerify(token, await importSPKI(spki, 'RS256')),
    ).resolves.toBeTruthy()
  })

  it('will not sign RS256 with a typed secret, and says what RS256 needs', async () => {
    renderEncoder()
    await ui.type('Secret', 'a-practice-secret-of-32-bytes!!!')

    await chooseAlg('RS256')

    expect(
      screen.getByText(
        'No key yet: a typed secret signs only HS256, HS384 and HS512: RS256 needs an RSA private key (2048 bits or more); its public key verifies; paste or generate one',
      ),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Sign' })).toHaveProperty('disabled', true)
  })

  it('names the line and column of a JSON mistake in the header', async () => {
    renderEncoder()

    await ui.type('Header (JSON)', '{\n  "alg": "HS256",\n  typ: "JWT"\n}')

    expect(
      screen.getByText(
        /^header JSON, line 3, column 3: member names must be in double quotes/,
      ),
    ).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Show line 3, column 3' })).toBeTruthy()
    expect(field('Header (JSON)').getAttribute('aria-invalid')).toBe('true')
  })

  it('refuses to sign while the claims are not JSON, and says where', async () => {
    renderEncoder()
    await ui.type('Secret', 'a-practice-secret-of-32-bytes!!!')
    await ui.type('Payload: claims (JSON)', "{'sub': 1}")

    await ui.click('Sign')

    const alert = await shown(/^✗ Not signed/)
    expect(alert.parentElement?.textContent).toBe(
      '✗ Not signed: payload JSON, line 1, column 2: single quotes are not JSON: put member names in double quotes',
    )
  })

  it('writes iat and exp from the clock into the claims text', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(Date.UTC(2026, 0, 15, 12, 0, 0))
    renderEncoder()

    await ui.click('Set iat to now')
    await ui.type('Expires in (minutes)', '30')
    await ui.click('Set exp to now + 30 min')

    expect(field('Payload: claims (JSON)').value).toBe(
      '{\n  "sub": "student-1",\n  "role": "learner",\n  "iat": 1768478400,\n  "exp": 1768480200\n}',
    )
    expect(
      screen.getByText('exp set to 1768480200 (2026-01-15 12:30:00 UTC).'),
    ).toBeTruthy()
  })

  it('marks the result out of date when the claims change after signing', async () => {
    renderEncoder()
    await ui.type('Secret', 'a-practice-secret-of-32-bytes!!!')
    await signAndRead()

    await ui.type('Payload: claims (JSON)', '{"sub":"someone-else"}')

    const result = screen.getByText(/^✓ New token/).parentElement as HTMLElement
    expect(
      within(result).getByText(/changed since this result: press Sign again/),
    ).toBeTruthy()
  })
})
