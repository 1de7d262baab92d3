import { BouncerError } from '../../errors/bouncer-error'
import { tamperClaim } from '../../jwt/tamper-claim'
import type { ActionParams } from '../action-names'
import type { ActionResult } from '../run-action'
import type { World } from '../world'
import { storedToken, withStoredToken } from './token-storage'

/** Actions that change the world without sending anything. */

/** Copies the stored token aside, as anyone who once read localStorage could. */
export function saveTokenCopy(world: World): ActionResult {
  const token = storedToken(world)
  if (token === null) {
    return { world, remark: 'There is no token in localStorage to copy: log in first.' }
  }
  return {
    world: { ...world, savedTokenCopy: token },
    remark: 'A copy of the token was saved outside the browser’s storage.',
  }
}

/** Edits one claim of the stored token without re-signing it. */
export function tamperToken(world: World, params: ActionParams): ActionResult {
  const token = storedToken(world)
  if (token === null) {
    return {
      world,
      remark: 'There is no token in localStorage to tamper with: log in first.',
    }
  }
  const claim = params.claim ?? 'role'
  const value = params.value ?? 'superuser'
  return {
    world: withStoredToken(world, tamperClaim(token, claim, value)),
    remark: `The payload’s "${claim}" now says ${JSON.stringify(value)}; the signature was left as it was.`,
  }
}

/** Moves the virtual clock forward, so expiry can be watched without waiting. */
export function advanceClock(world: World, params: ActionParams): ActionResult {
  const minutes = Number(params.minutes ?? '1')
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 60 * 24 * 365) {
    throw new BouncerError(
      'clock.bad-minutes',
      `Cannot advance the clock by "${params.minutes}" minutes: give a whole number between 1 and 525600 (a year).`,
    )
  }
  return {
    world: { ...world, now: world.now + minutes * 60_000 },
    remark: `The clock moved forward ${minutes} minute${minutes === 1 ? '' : 's'}.`,
  }
}
