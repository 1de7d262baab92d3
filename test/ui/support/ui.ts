import { act, fireEvent, screen, within } from '@testing-library/react'

/** Clicks a button by its accessible name and lets any action it starts settle. */
async function click(name: string) {
  const button = screen.getByRole('button', { name })
  await act(async () => {
    fireEvent.click(button)
  })
}

/** Drives the page the way a learner does: by the names on screen. */
export const ui = {
  clickNext: () => click('Next step'),
  clickBack: () => click('Back'),
  clickReset: () => click('Reset'),
  click,
  /** Runs something outside the page (settling a fake action) and lets React catch up. */
  run: (task: () => void) =>
    act(async () => {
      task()
    }),
  /** Queries inside one labelled region, e.g. `ui.region('Cookie jar')`. */
  region: (name: string) => within(screen.getByRole('region', { name })),
  /** Types into a field, found by its label, as one change event. */
  type: (label: string, text: string) =>
    act(() => {
      fireEvent.change(screen.getByLabelText(label), { target: { value: text } })
    }),
}
