import { act, fireEvent, screen, within } from '@testing-library/react'
import type { BoundFunctions, queries } from '@testing-library/react'

type Scope = BoundFunctions<typeof queries>

/** Clicks a button by its accessible name and lets any action it starts settle. */
async function clickIn(scope: Scope, name: string) {
  const button = scope.getByRole('button', { name })
  await act(async () => {
    fireEvent.click(button)
  })
}

/** Drives the page the way a learner does: by the names on screen. */
export const ui = {
  /**
   * Focuses a button and activates it, as Enter does, letting what it starts
   * settle; returns the button, to check where the focus is afterwards.
   */
  press: async (name: string) => {
    const button = screen.getByRole<HTMLButtonElement>('button', { name })
    button.focus()
    await act(async () => {
      fireEvent.click(button)
    })
    return button
  },
  /** Whether a button would act on a press now: neither disabled nor waiting. */
  pressable: (name: string) => {
    const button = screen.getByRole<HTMLButtonElement>('button', { name })
    return !button.disabled && button.getAttribute('aria-disabled') !== 'true'
  },
  clickNext: () => clickIn(screen, 'Next step'),
  clickBack: () => clickIn(screen, 'Back'),
  clickReset: () => clickIn(screen, 'Reset'),
  click: (name: string) => clickIn(screen, name),
  /** Runs something outside the page (settling a fake action) and lets React catch up. */
  run: (task: () => void) =>
    act(async () => {
      task()
    }),
  /** Queries inside one labelled region, e.g. `ui.region('Cookie jar')`. */
  region: (name: string) => within(screen.getByRole('region', { name })),
  /** Drives one labelled region, where a name such as "Before" appears more than once. */
  within: (name: string) => ({
    click: (button: string) => clickIn(ui.region(name), button),
  }),
  /** Types into a field, found by its label, as one change event. */
  type: (label: string, text: string) =>
    act(() => {
      fireEvent.change(screen.getByLabelText(label), { target: { value: text } })
    }),
}
