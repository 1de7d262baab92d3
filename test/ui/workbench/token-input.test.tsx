import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { memoryStorage } from '../../store/memory-storage'
import { WORKBENCH_KEY } from '../../../src/store/workbench-saved'
import { bench, renderWorkbench } from './support/render-workbench'

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdHVkZW50LTEifQ.c2lnbmF0dXJl'

describe('the workbench token field', () => {
  it('says plainly that the token is kept in this browser, beside the button that clears it', async () => {
    renderWorkbench()
    await bench.pasteToken(TOKEN)

    const field = screen.getByLabelText('Token (JWS or JWE)')
    const note = screen.getByText(/^The token is kept in this browser’s storage/)
    expect(note.textContent).toBe(
      'The token is kept in this browser’s storage until you clear it; the secret and private keys never are.',
    )
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(note.id)
    const clear = screen.getByRole('button', { name: 'Clear the token' })
    expect(clear.parentElement).toBe(note.parentElement)
  })

  it('removes the saved token when "Clear the token" is pressed', async () => {
    const saved = memoryStorage()
    renderWorkbench({}, saved.storage)
    await bench.pasteToken(TOKEN)
    expect(saved.storage.getItem(WORKBENCH_KEY)).toContain(TOKEN)

    await bench.click('Clear the token')

    expect(saved.storage.getItem(WORKBENCH_KEY)).not.toContain(TOKEN)
  })
})
