import type { ActionName } from './action-names'
import { getProfile, login, logout, replaySavedToken } from './actions/auth-actions'
import { advanceClock, saveTokenCopy, tamperToken } from './actions/local-actions'
import { sendRequest } from './actions/send-request'
import type { RunAction } from './run-action'

/**
 * Runs one named action. A button, a lesson step and a test all come through
 * here, so each behaves the same wherever it is triggered.
 */
export const runAction: RunAction = async (world, name, params, send) => {
  const action: ActionName = name
  switch (action) {
    case 'login':
      return login(world, params, send)
    case 'get-profile':
      return getProfile(world, params, send)
    case 'logout':
      return logout(world, params, send)
    case 'replay-saved-token':
      return replaySavedToken(world, params, send)
    case 'save-token-copy':
      return saveTokenCopy(world)
    case 'tamper-token':
      return tamperToken(world, params)
    case 'advance-clock':
      return advanceClock(world, params)
    case 'send-request':
      return sendRequest(world, params, send)
  }
}
