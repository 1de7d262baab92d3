import { screen } from '@testing-library/react'
import { beforeAll, describe, expect, it } from 'vitest'
import { sessionWorlds } from './support/arrange'
import type { SessionWorlds } from './support/arrange'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

let worlds: SessionWorlds

beforeAll(async () => {
  worlds = await sessionWorlds()
})

function textOf(label: string): string {
  return screen.getByLabelText(label).textContent ?? ''
}

describe('ExchangeView', () => {
  it('shows the login request as raw HTTP/1.1 lines, path only on the request line', async () => {
    await renderBouncer({ world: worlds.afterLogin })

    expect(textOf('Request as sent').split('\n')).toEqual([
      'POST /login HTTP/1.1',
      'Host: example.com',
      'Content-Type: application/json',
      'Content-Length: 51',
      'Accept: application/json',
      'Origin: https://example.com',
      '',
      '{"username":"alice","password":"securepassword123"}',
      '',
    ])
  })

  it('shows the response with its status line and the exact Set-Cookie', async () => {
    await renderBouncer({ world: worlds.afterLogin })
    const id = worlds.afterLogin.browser.cookies[0]?.value

    expect(textOf('Response as received').split('\n')).toEqual([
      'HTTP/1.1 200 OK',
      'Content-Type: application/json; charset=utf-8',
      'Content-Length: 30',
      'Cache-Control: no-store',
      `Set-Cookie: session_id=${id}; HttpOnly; Secure; SameSite=Strict; Path=/`,
      '',
      '{"message":"Login successful"}',
      '',
    ])
  })

  it('marks the Set-Cookie and Cookie lines, which carry the login', async () => {
    await renderBouncer({ world: worlds.afterLogout })

    const marked = ui
      .region('HTTP exchange')
      .getAllByText(/^(Cookie|Set-Cookie): /)
      .map((element) => element.tagName)
    expect(marked).toEqual(['MARK', 'MARK'])
  })

  it('selects the newest exchange, and shows an older one when the timeline picks it', async () => {
    await renderBouncer({ world: worlds.afterLogout })
    expect(textOf('Request as sent')).toMatch(/^POST \/logout HTTP\/1.1\n/)

    await ui.click('#1 POST /login 200')

    expect(textOf('Request as sent')).toMatch(/^POST \/login HTTP\/1.1\n/)
    const pressed = ui.region('Timeline').getByRole('button', { pressed: true })
    expect(pressed.textContent).toBe('#1 POST /login 200')
  })
})
