import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { bench, hs256, renderWorkbench } from '../support/render-workbench'

const SECRET = 'your-256-bit-secret'
const TOKEN = hs256(
  { alg: 'HS256', typ: 'JWT' },
  { sub: 'student-1', iss: 'https://issuer.test', aud: 'bouncer' },
  SECRET,
)

describe('the verdict when several claim checks fail', () => {
  it('names both the issuer and the audience when both are wrong', async () => {
    renderWorkbench({ issuer: 'https://other.test', audience: 'someone-else' })
    await bench.pasteToken(TOKEN)
    await bench.enterKey(SECRET)

    expect(await bench.verdict()).toBe(
      '✗ Not verified: issuer (iss) and audience (aud) failed',
    )
    const verify = bench.section('Verify')
    expect(verify.getByText(/^Failed checks: /).textContent).toBe(
      'Failed checks: issuer (iss) and audience (aud)',
    )
    const messages = screen
      .getAllByRole('listitem')
      .filter((item) => item.classList.contains('verdict-message'))
    expect(messages).toHaveLength(2)
  })

  it('keeps the plain headline when only the issuer is wrong', async () => {
    renderWorkbench({ issuer: 'https://other.test', audience: 'bouncer' })
    await bench.pasteToken(TOKEN)
    await bench.enterKey(SECRET)

    expect(await bench.verdict()).toBe('✗ Not verified')
    expect(bench.section('Verify').getByText('Failed check: issuer (iss)')).toBeTruthy()
  })
})
