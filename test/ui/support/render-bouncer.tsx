import { act, render } from '@testing-library/react'
import type { Lesson, LessonProblem } from '../../../src/course/lesson'
import { BouncerContext } from '../../../src/store/bouncer-context'
import { createBouncerStore } from '../../../src/store/bouncer-store'
import type { BouncerDeps } from '../../../src/store/bouncer-store'
import { WorkbenchContext } from '../../../src/store/workbench-context'
import { createWorkbenchStore } from '../../../src/store/workbench-store'
import type { MockStatus } from '../../../src/transport/mock-status'
import { AppShell } from '../../../src/ui/layout/AppShell'
import type { RunAction } from '../../../src/world/run-action'
import type { World } from '../../../src/world/world'
import { freshWorld, NOW } from './arrange'
import { refuseToSend, scriptedRunAction } from './fake-actions'
import { sessionLesson } from './lessons'

/** The mock server as it is once the worker controls the page. */
export const ACTIVE_MOCK: MockStatus = {
  state: 'active',
  workerUrl: 'https://example.com/mockServiceWorker.js',
  scope: 'https://example.com/',
}

interface RenderOptions {
  /** The world every new lesson or Reset starts from; a fresh session world by default. */
  readonly world?: World
  readonly runAction?: RunAction
  /** Makes fresh worlds; by default hands out `world` at once. */
  readonly createWorld?: BouncerDeps['createWorld']
  readonly mock?: MockStatus
  readonly lessons?: readonly Lesson[]
  readonly problems?: readonly LessonProblem[]
}

// Worlds are values, so every test may start from the same fresh one.
let sharedFresh: Promise<World> | null = null

/** Renders the whole page around a store with fake actions, with the first lesson chosen. */
export async function renderBouncer(options: RenderOptions = {}) {
  // Made only when a test needs it, so a test of a window without Web Crypto can
  // hand the store the real createWorld.
  const world = async () =>
    options.world ?? (await (sharedFresh ??= freshWorld('session')))
  const lessons = options.lessons ?? [sessionLesson]
  const store = createBouncerStore({
    lessons,
    runAction: options.runAction ?? scriptedRunAction({}),
    createWorld: options.createWorld ?? world,
    send: refuseToSend,
    clock: () => NOW,
  })
  const workbench = createWorkbenchStore()
  const view = render(
    <BouncerContext value={store}>
      <WorkbenchContext value={workbench}>
        <AppShell mock={options.mock ?? ACTIVE_MOCK} problems={options.problems ?? []} />
      </WorkbenchContext>
    </BouncerContext>,
  )
  const first = lessons[0]
  if (first !== undefined) await act(() => store.getState().chooseLesson(first.id))
  return { store, workbench, ...view }
}
