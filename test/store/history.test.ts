import { beforeAll, describe, expect, it } from 'vitest'
import {
  canStepBack,
  currentSnapshot,
  pushSnapshot,
  recordedStep,
  startHistory,
  stepBack,
  stepForward,
} from '../../src/store/history'
import type { World } from '../../src/world/world'
import { freshWorld } from '../ui/support/arrange'

let world: World

beforeAll(async () => {
  world = await freshWorld()
})

function step(section: number) {
  const later = { ...world, now: world.now + (section + 1) * 60_000 }
  return {
    world: later,
    label: `Step ${section + 1}`,
    remark: null,
    stepsDone: section + 1,
    section,
  }
}

describe('history', () => {
  it('keeps the worlds after the cursor as a redo tail when stepping back', () => {
    const history = pushSnapshot(
      pushSnapshot(startHistory(world, 'Start'), step(0)),
      step(1),
    )

    const back = stepBack(stepBack(history))

    expect(back.cursor).toBe(0)
    expect(canStepBack(back)).toBe(false)
    expect(recordedStep(back, 0)).toBe(history.snapshots[1])
    expect(currentSnapshot(stepForward(back))).toBe(history.snapshots[1])
  })

  it('offers the recorded world only for the step that made it', () => {
    const back = stepBack(pushSnapshot(startHistory(world, 'Start'), step(0)))

    expect(recordedStep(back, 1)).toBeNull()
  })

  it('drops the redo tail when something new happens', () => {
    const back = stepBack(pushSnapshot(startHistory(world, 'Start'), step(0)))
    const freePlay = { ...step(0), label: 'Free play: Log in', section: null }

    const next = pushSnapshot(back, freePlay)

    expect(next.snapshots.map(({ label }) => label)).toEqual([
      'Start',
      'Free play: Log in',
    ])
    expect(recordedStep(next, 0)).toBeNull()
    expect(stepForward(next)).toBe(next)
  })
})
