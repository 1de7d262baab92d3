import { afterEach, describe, expect, it, vi } from 'vitest'
import { log } from '../../src/log/log'
import { WORKBENCH_KEY } from '../../src/store/workbench-saved'
import { createWorkbenchStore } from '../../src/store/workbench-store'
import { memoryStorage } from './memory-storage'

const PUBLIC_PEM = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQg3LiDyboYFDE/uAhiR9Fjk+06G3
ZEjujIS3yrm0UmsiY3g/ajsye3F+0Kvbc33aTV9EvUR9sN0gGm6x8zM0KQ==
-----END PUBLIC KEY-----`
const PUBLIC_JWK =
  '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}'
const PRIVATE_JWK =
  '{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"}'
const PRIVATE_PEM =
  '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ\n-----END PRIVATE KEY-----'

afterEach(() => {
  vi.restoreAllMocks()
})

/** What the store wrote to storage, as the fields it holds. */
function savedState(items: Map<string, string>): Record<string, unknown> {
  const text = items.get(WORKBENCH_KEY)
  if (text === undefined) throw new Error('nothing was saved')
  return (JSON.parse(text) as { state: Record<string, unknown> }).state
}

describe('the workbench store', () => {
  it.each([
    ['an HMAC secret', 'my-real-production-secret'],
    ['a PEM private key', PRIVATE_PEM],
    ['a private JWK', PRIVATE_JWK],
    ['a public key pasted next to a private one', `${PUBLIC_PEM}\n${PRIVATE_PEM}`],
  ])('never writes %s to storage', (_what, keyText) => {
    const saved = memoryStorage()
    const store = createWorkbenchStore({ storage: saved.storage })

    store.getState().update({ tokenText: 'a.b.c', keyText })

    expect(store.getState().keyText).toBe(keyText)
    expect(savedState(saved.items)['keyText']).toBe('')
    expect(savedState(saved.items)['tokenText']).toBe('a.b.c')
    expect(saved.items.get(WORKBENCH_KEY)).not.toContain(keyText.slice(0, 12))
  })

  it.each([
    ['a PEM public key', PUBLIC_PEM],
    ['a public JWK', PUBLIC_JWK],
    ['a JWKS of public keys', `{"keys":[${PUBLIC_JWK}]}`],
  ])('keeps %s across a reload', (_what, keyText) => {
    const saved = memoryStorage()
    createWorkbenchStore({ storage: saved.storage })
      .getState()
      .update({ keyText, leeway: '30' })

    const reloaded = createWorkbenchStore({ storage: saved.storage })

    expect(reloaded.getState().keyText).toBe(keyText)
    expect(reloaded.getState().leeway).toBe('30')
  })

  it('drops a secret found in storage instead of showing it', () => {
    const state = {
      tokenText: 'a.b.c',
      keyText: 'planted-secret',
      secretEncoding: 'base64',
      keepSecretWhitespace: false,
      algorithms: ['HS256'],
      leeway: '5',
      issuer: 'https://issuer.example',
      audience: '',
      clockMode: 'fixed',
      fixedTime: '2026-01-15T12:00:00Z',
    }
    const saved = memoryStorage({
      [WORKBENCH_KEY]: JSON.stringify({ version: 1, state }),
    })

    const store = createWorkbenchStore({ storage: saved.storage })

    expect(store.getState()).toMatchObject({ ...state, keyText: '', algorithms: null })
  })

  it('forgets a hand-picked algorithm list on reload, since the key it fits may not return', () => {
    const saved = memoryStorage()
    createWorkbenchStore({ storage: saved.storage })
      .getState()
      .update({ tokenText: 'a.b.c', algorithms: ['HS256'] })

    const reloaded = createWorkbenchStore({ storage: saved.storage })

    expect(reloaded.getState().tokenText).toBe('a.b.c')
    expect(reloaded.getState().algorithms).toBeNull()
  })

  it('starts empty, with a warning, from fields another version saved', () => {
    const warn = vi.spyOn(log, 'warn').mockImplementation(() => {})
    const saved = memoryStorage({
      [WORKBENCH_KEY]: JSON.stringify({ version: 1, state: { tokenText: 42 } }),
    })

    const store = createWorkbenchStore({ storage: saved.storage })

    expect(store.getState().tokenText).toBe('')
    expect(warn).toHaveBeenCalledWith(
      'The saved workbench fields are not in format 1; starting empty.',
    )
  })
})
