/// <reference types="node" />
import { createHmac, generateKeyPairSync, sign } from 'node:crypto'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { WorkbenchContext } from '../../../../src/store/workbench-context'
import type { ProgressStorage } from '../../../../src/store/saved-progress'
import type { WorkbenchFields } from '../../../../src/store/workbench-fields'
import { createWorkbenchStore } from '../../../../src/store/workbench-store'
import { Workbench } from '../../../../src/ui/workbench/Workbench'

/** The frozen workbench clock: 2026-01-15T12:00:00Z, the reported cases' clock. */
export const NOW_TEXT = '2026-01-15T12:00:00Z'
export const NOW = Date.parse(NOW_TEXT)

/**
 * Renders the workbench around its own store, its clock fixed at NOW unless
 * `fields` say otherwise, so every time on screen is exact; `storage` stands in
 * for localStorage when a test looks at what is saved.
 */
export function renderWorkbench(
  fields: Partial<WorkbenchFields> = {},
  storage: ProgressStorage | null = null,
) {
  const store = createWorkbenchStore({
    storage,
    initial: { clockMode: 'fixed', fixedTime: NOW_TEXT, ...fields },
  })
  const view = render(
    <WorkbenchContext value={store}>
      <Workbench />
    </WorkbenchContext>,
  )
  return { store, ...view }
}

/** Drives the workbench the way a learner does: by the names on screen. */
export const bench = {
  /** One section of the page by its heading, e.g. `bench.section('Verify')`. */
  section: (name: string) => within(screen.getByRole('region', { name })),
  /** Types into a field, found by its label, as one change event (a paste). */
  type: (label: string, text: string) =>
    act(async () => {
      fireEvent.change(screen.getByLabelText(label), { target: { value: text } })
    }),
  pasteToken: (token: string) => bench.type('Token (JWS or JWE)', token),
  enterKey: (key: string) => bench.type('Verification key', key),
  /** Clicks a radio button or checkbox by its label, within one section if named. */
  choose: (label: string, section?: string) =>
    act(async () => {
      const scope = section === undefined ? screen : bench.section(section)
      fireEvent.click(scope.getByLabelText(label))
    }),
  /** Clicks a button by its accessible name. */
  click: (name: string) =>
    act(async () => {
      fireEvent.click(screen.getByRole('button', { name }))
    }),
  /** The verdict's headline once the verification settles, e.g. `✓ Verified`. */
  verdict: async (section = 'Verify') => {
    const headline = await bench
      .section(section)
      .findByText(/^(✓ Verified|✗ .+|⚠ .+)$/, { selector: '.verdict-headline strong' })
    return headline.textContent
  },
}

/** A compact HS256 JWS signed apart from the app, with node:crypto, as the oracle. */
export function hs256(header: object, payload: object, secret: string | Buffer): string {
  const signingInput = `${encode(header)}.${encode(payload)}`
  const signature = createHmac('sha256', secret).update(signingInput).digest('base64url')
  return `${signingInput}.${signature}`
}

/** JSON as a base64url segment. */
export function encode(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** An RSA key pair and an RS256 token its private key signed, apart from the app. */
export function rs256Token(claims: object) {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const signingInput = `${encode({ alg: 'RS256', typ: 'JWT' })}.${encode(claims)}`
  const signature = sign('sha256', Buffer.from(signingInput), privateKey)
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString()
  return { token: `${signingInput}.${signature.toString('base64url')}`, pem }
}

/** The algorithms ticked in the verifier's allowed list, by label. */
export function allowedAlgorithms(): string[] {
  const list = screen.getByRole('group', { name: 'Allowed algorithms' })
  return [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    .filter((box) => box.checked)
    .map((box) => box.parentElement?.textContent?.trim() ?? '')
}
