import { act, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ShareLink } from '../../../../src/ui/workbench/share/ShareLink'
import { readShareFragment } from '../../../../src/ui/workbench/share/share-fragment'
import { ui } from '../../support/ui'

const TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
const SECRET = 'your-256-bit-secret'
const PUBLIC_PEM = [
  '-----BEGIN PUBLIC KEY-----',
  'MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=',
  '-----END PUBLIC KEY-----',
].join('\n')

function link(): HTMLTextAreaElement {
  return screen.getByLabelText('Link to share')
}

function shared() {
  return readShareFragment(new URL(link().value).hash)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ShareLink', () => {
  it('leaves the secret out of the link unless the box is ticked', () => {
    render(<ShareLink token={TOKEN} secret={SECRET} publicKey={null} />)

    expect(link().value).toBe(`${window.location.origin}/#workbench&token=${TOKEN}`)
    expect(link().value).not.toContain(SECRET)
    expect(screen.getByLabelText('Include the secret in the link')).toHaveProperty(
      'checked',
      false,
    )
    expect(screen.getByText(/^The secret is left out/)).toBeTruthy()
  })

  it('includes the secret once ticked, with a warning beside the box', async () => {
    render(<ShareLink token={TOKEN} secret={SECRET} publicKey={null} />)

    await act(async () => {
      fireEvent.click(screen.getByLabelText('Include the secret in the link'))
    })

    expect(shared()).toEqual({
      token: TOKEN,
      secret: SECRET,
      publicKey: null,
      ignored: [],
    })
    expect(new URL(link().value).search).toBe('')
    expect(
      screen.getByText(
        /^Warning: the secret is in the link\. Anyone who gets it can sign/,
      ),
    ).toBeTruthy()
  })

  it('carries the public key, which is safe to share', () => {
    render(<ShareLink token={TOKEN} secret={null} publicKey={PUBLIC_PEM} />)

    expect(shared()).toEqual({
      token: TOKEN,
      secret: null,
      publicKey: PUBLIC_PEM,
      ignored: [],
    })
    expect(screen.queryByLabelText('Include the secret in the link')).toBeNull()
  })

  it('never puts a private key in the link, even from the public key field', () => {
    const privatePem = '-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n-----END PRIVATE KEY-----'
    render(<ShareLink token={TOKEN} secret={null} publicKey={privatePem} />)

    expect(shared()?.publicKey).toBeNull()
    expect(screen.getByText(/holds a private key, so it is left out/)).toBeTruthy()
  })

  it('copies the link to the clipboard', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue()
    render(<ShareLink token={TOKEN} secret={null} publicKey={null} />)

    await ui.click('Copy link')

    expect(writeText).toHaveBeenCalledWith(link().value)
    expect(screen.getByText('Copied.')).toBeTruthy()
  })

  it('selects the link for copying by hand when the clipboard is refused', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    )
    render(<ShareLink token={TOKEN} secret={null} publicKey={null} />)

    await ui.click('Copy link')

    expect(document.activeElement).toBe(link())
    expect([link().selectionStart, link().selectionEnd]).toEqual([0, link().value.length])
    expect(
      screen.getByText(/^The browser refused the clipboard, so the text is selected/),
    ).toBeTruthy()
  })

  it('asks for a token before offering a link', () => {
    render(<ShareLink token="  " secret={SECRET} publicKey={null} />)

    expect(screen.queryByLabelText('Link to share')).toBeNull()
    expect(screen.getByText(/^Paste a token first/)).toBeTruthy()
  })
})
