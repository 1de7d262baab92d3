import { useEffect, useState } from 'react'
import { loadLessons } from '../course/load-lessons'
import { BouncerContext } from '../store/bouncer-context'
import { createBouncerStore } from '../store/bouncer-store'
import type { ProgressStorage } from '../store/saved-progress'
import { WorkbenchContext } from '../store/workbench-context'
import { createWorkbenchStore } from '../store/workbench-store'
import type { MockStatus } from '../transport/mock-status'
import { runAction } from '../world/actions'
import { createWorld } from '../world/create-world'
import type { SendToServer } from '../world/send-to-server'
import { AppShell } from './layout/AppShell'
import './styles/base.css'
import './styles/layout.css'
import './styles/panels.css'
import './styles/http.css'
import './styles/token.css'

interface AppProps {
  /** Whether the in-page mock server is ready, and if not, why. */
  readonly mock: MockStatus
  /** How requests reach the mock server; read once, when the app starts. */
  readonly send: SendToServer
  /** Where progress survives a reload (the page's localStorage); none by default. */
  readonly storage?: ProgressStorage | null
}

/** Bouncer's page: wires the lessons, the world and the mock server to the panels. */
export function App({ mock, send, storage = null }: AppProps) {
  const [catalog] = useState(loadLessons)
  const [store] = useState(() =>
    createBouncerStore({
      lessons: catalog.lessons,
      runAction,
      createWorld,
      send,
      clock: () => Date.now(),
      storage,
    }),
  )
  const [workbench] = useState(() => createWorkbenchStore({ storage }))
  useEffect(() => {
    const first = catalog.lessons[0]
    // Restored progress reopens its lesson. A second call (React's development double
    // effect) is ignored while the first runs.
    if (first !== undefined && store.getState().lessonId === null) {
      void store.getState().chooseLesson(first.id)
    }
  }, [catalog, store])
  return (
    <BouncerContext value={store}>
      <WorkbenchContext value={workbench}>
        <AppShell mock={mock} problems={catalog.problems} />
      </WorkbenchContext>
    </BouncerContext>
  )
}
