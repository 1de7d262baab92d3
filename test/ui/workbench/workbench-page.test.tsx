import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CALLAHAN_TOKEN } from '../support/arrange'
import { renderBouncer } from '../support/render-bouncer'
import { ui } from '../support/ui'

/** Follows a link to a fragment, as the browser does: new hash, then hashchange. */
async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
}

function currentPage(): string | null {
  const nav = screen.getByRole('navigation', { name: 'Pages' })
  return nav.querySelector('[aria-current="page"]')?.textContent ?? null
}

afterEach(async () => {
  await goTo('')
})

describe('the header’s page links', () => {
  it('shows the lessons by default and the workbench at #workbench, and back', async () => {
    await renderBouncer()
    expect(currentPage()).toBe('Lessons')
    expect(screen.getByRole('region', { name: 'Paste a JWT' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Choose a lesson' })).toBeTruthy()

    await goTo('#workbench')
    expect(currentPage()).toBe('Token workbench')
    // The workbench's code loads on first visit, so its page appears a moment later.
    expect(
      await screen.findByRole('heading', { name: 'Token workbench', level: 2 }),
    ).toBeTruthy()
    expect(screen.queryByRole('region', { name: 'Paste a JWT' })).toBeNull()
    expect(screen.queryByRole('combobox', { name: 'Choose a lesson' })).toBeNull()

    await goTo('#lessons')
    expect(currentPage()).toBe('Lessons')
    expect(screen.getByRole('region', { name: 'Paste a JWT' })).toBeTruthy()
  })

  it('links the token box to the workbench with the token in the fragment, never the secret', async () => {
    await renderBouncer()
    await ui.type('JWT to decode', CALLAHAN_TOKEN)
    await ui.type('Secret', 'your-256-bit-secret')

    const link = await screen.findByRole('link', { name: 'Open in the workbench' })
    const href = new URL(link.getAttribute('href') ?? '', window.location.href)
    expect(href.search).toBe('')
    expect(href.hash).toBe(`#workbench&token=${CALLAHAN_TOKEN}`)
    expect(href.href).not.toContain('your-256-bit-secret')
  })

  it('takes a shared link’s token into the workbench and tidies the address', async () => {
    const { workbench } = await renderBouncer()

    await goTo(`#workbench&token=${encodeURIComponent(CALLAHAN_TOKEN)}`)
    await screen.findByRole('heading', { name: 'Token workbench', level: 2 })

    expect(workbench.getState().tokenText).toBe(CALLAHAN_TOKEN)
    expect(window.location.hash).toBe('#workbench')
    expect(screen.getByText(/^Opened from a link/).textContent).toBe(
      'Opened from a link: the token came from the link’s fragment, which never reaches a server.',
    )
  })
})
