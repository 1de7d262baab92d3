import type { ActionName } from '../world/action-names'

/** The words a button and a history entry use for each action. */
export const ACTION_LABELS: Readonly<Record<ActionName, string>> = {
  login: 'Log in',
  'get-profile': 'Get profile',
  logout: 'Log out',
  'save-token-copy': 'Save a token copy',
  'replay-saved-token': 'Replay saved token',
  'tamper-token': 'Apply tamper',
  'advance-clock': 'Advance clock',
  'send-request': 'Send request',
}

/**
 * Whether each action sends a request to the mock server, so the page says
 * "Sending…" only when something is on its way.
 */
export const ACTION_SENDS: Readonly<Record<ActionName, boolean>> = {
  login: true,
  'get-profile': true,
  logout: true,
  'save-token-copy': false,
  'replay-saved-token': true,
  'tamper-token': false,
  'advance-clock': false,
  'send-request': true,
}
