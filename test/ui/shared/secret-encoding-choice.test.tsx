import { fireEvent, render, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { SecretEncodingChoice } from '../../../src/ui/shared/SecretEncodingChoice'

type Encoding = 'utf8' | 'base64url'

const OPTIONS = [
  { value: 'utf8', label: 'UTF-8 text' },
  { value: 'base64url', label: 'base64url bytes' },
] as const

function renderChoice(value: Encoding, extra?: string) {
  const onChange = vi.fn<(value: Encoding) => void>()
  render(
    <SecretEncodingChoice
      legend="Read the secret as"
      options={OPTIONS}
      value={value}
      onChange={onChange}
    >
      {extra === undefined ? null : <p>{extra}</p>}
    </SecretEncodingChoice>,
  )
  return onChange
}

function radio(name: string): HTMLInputElement {
  return screen.getByRole<HTMLInputElement>('radio', { name })
}

describe('SecretEncodingChoice', () => {
  it('offers each reading as a radio named by its words and carrying its value', () => {
    renderChoice('base64url')

    const group = within(screen.getByRole('group', { name: 'Read the secret as' }))
    const radios = group.getAllByRole<HTMLInputElement>('radio')
    expect(radios.map((input) => [input.value, input.checked])).toEqual([
      ['utf8', false],
      ['base64url', true],
    ])
    expect(radio('UTF-8 text').name).toBe(radio('base64url bytes').name)
  })

  it('reports the chosen value and leaves the checked one to the caller', () => {
    const onChange = renderChoice('utf8')

    fireEvent.click(radio('base64url bytes'))

    expect(onChange).toHaveBeenCalledExactlyOnceWith('base64url')
    expect(radio('UTF-8 text').checked).toBe(true)
  })

  it('shows further settings inside the same group', () => {
    renderChoice('utf8', 'Keep spaces at the ends')

    const group = screen.getByRole('group', { name: 'Read the secret as' })
    expect(within(group).getByText('Keep spaces at the ends')).toBeTruthy()
  })

  it('keeps two choices on one page apart', () => {
    renderChoice('utf8')
    renderChoice('base64url')

    const [first, second] = screen.getAllByRole<HTMLInputElement>('radio', {
      name: 'UTF-8 text',
    })
    expect(first?.name).not.toBe(second?.name)
    expect([first?.checked, second?.checked]).toEqual([true, false])
  })
})
