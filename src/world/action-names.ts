/**
 * The vocabulary of steps a learner can take. A button, a lesson step and a test
 * name the same action; lessons refer to these names and nothing else.
 */
export const ACTION_NAMES = [
  'login',
  'get-profile',
  'logout',
  'save-token-copy',
  'replay-saved-token',
  'tamper-token',
  'advance-clock',
  'send-request',
] as const

export type ActionName = (typeof ACTION_NAMES)[number]

/** Parameters a lesson or button may pass to an action, all as text. */
export type ActionParams = Readonly<Record<string, string>>

export function isActionName(name: string): name is ActionName {
  return (ACTION_NAMES as readonly string[]).includes(name)
}
