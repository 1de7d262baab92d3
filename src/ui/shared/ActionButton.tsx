import type { ButtonHTMLAttributes } from 'react'

type NativeProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'disabled'>

interface ActionButtonProps extends NativeProps {
  /** The action cannot run in this window at all (the mock server is off, no world): `disabled`. */
  readonly unavailable?: boolean
  /**
   * The action cannot run just now (another one is running, or there is no step
   * left to take): the button stays focusable, says it is unavailable, and ignores
   * presses.
   */
  readonly inactive?: boolean
}

/**
 * A button that starts an action. A button that turns `disabled` while it has
 * focus sends the focus to the page's body in Chromium, and a keyboard learner's
 * next Enter then presses nothing; so a pause that the press itself causes only
 * sets `aria-disabled`, and `disabled` is kept for what cannot run at all.
 */
export function ActionButton({
  unavailable = false,
  inactive = false,
  type = 'button',
  onClick,
  ...native
}: ActionButtonProps) {
  const ignoring = inactive && !unavailable
  return (
    <button
      {...native}
      type={type}
      disabled={unavailable}
      aria-disabled={ignoring ? true : undefined}
      onClick={(event) => {
        // Cancelling the click also stops a submit button from submitting its form,
        // including the implicit submit of Enter in one of the form's fields.
        if (ignoring) event.preventDefault()
        else onClick?.(event)
      }}
    />
  )
}
