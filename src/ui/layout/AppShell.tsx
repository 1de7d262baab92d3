import { lazy, Suspense, type ReactNode } from 'react'
import type { LessonProblem } from '../../course/lesson'
import { useBouncer } from '../../store/bouncer-context'
import { selectLesson, selectWorld } from '../../store/selectors'
import type { MockStatus } from '../../transport/mock-status'
import { CookieJarView } from '../cookies/CookieJarView'
import { ExchangeView } from '../exchange/ExchangeView'
import { ServerSteps } from '../exchange/ServerSteps'
import { FreePlay } from '../lesson/FreePlay'
import { LessonColumn } from '../lesson/LessonColumn'
import { SessionStoreView } from '../sessions/SessionStoreView'
import { Timeline } from '../timeline/Timeline'
import { SignatureCheckView } from '../token/SignatureCheckView'
import { TamperControl } from '../token/TamperControl'
import { TokenBox } from '../token/TokenBox'
import { TokenStorageView } from '../token/TokenStorageView'
import { TokenView } from '../token/TokenView'
import { usePageRoute } from '../workbench/use-page-route'
import { ErrorBoundary } from './ErrorBoundary'
import { Header } from './Header'
import { MockBanner } from './MockBanner'
import { Panel } from './Panel'
import { SavedProgressNotice } from './SavedProgressNotice'
import { WorldPanel } from './WorldPanel'

// The workbench brings the key, signing and JWE code; a learner who never opens it
// never downloads it.
const Workbench = lazy(async () => ({
  default: (await import('../workbench/Workbench')).Workbench,
}))

interface AppShellProps {
  readonly mock: MockStatus
  /** Problems of lesson files that failed to load, shown to their author. */
  readonly problems: readonly LessonProblem[]
}

/**
 * The whole page around a store: the header, then the lesson column and its
 * panels, or the token workbench when the address's fragment says #workbench.
 */
export function AppShell({ mock, problems }: AppShellProps) {
  const page = usePageRoute()
  // Before its world exists, a lesson's own mode decides which panels it shows.
  const mode = useBouncer(
    (state) => selectWorld(state)?.clientMode ?? selectLesson(state)?.mode ?? null,
  )
  const jwt = mode === 'jwt'
  const canRun = mock.state === 'active'
  const sessionPanels: ReactNode = (
    <>
      <WorldPanel title="Cookie jar" wide>
        <CookieJarView />
      </WorldPanel>
      <WorldPanel title="Session store" wide>
        <SessionStoreView />
      </WorldPanel>
    </>
  )
  // A session client keeps nothing in localStorage, which is worth seeing; a
  // token's parts and its signature check have nothing to show there.
  const tokenPanels: ReactNode = (
    <>
      <WorldPanel title="Token storage" wide={!jwt}>
        <TokenStorageView />
      </WorldPanel>
      {jwt ? (
        <>
          <WorldPanel title="Signature check">
            <SignatureCheckView />
          </WorldPanel>
          <WorldPanel title="Token" wide>
            <TokenView />
          </WorldPanel>
          <WorldPanel title="Tamper">
            <TamperControl canRun={canRun} />
          </WorldPanel>
        </>
      ) : null}
    </>
  )
  return (
    <div className="app">
      <Header mock={mock} page={page} />
      <MockBanner mock={mock} />
      <SavedProgressNotice />
      {page === 'workbench' ? (
        <ErrorBoundary panel="Token workbench">
          <Suspense fallback={<p className="muted">Loading the token workbench…</p>}>
            <Workbench />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <div className="layout">
          <LessonColumn canRun={canRun} problems={problems} />
          <main className="panels">
            <WorldPanel title="Free play">
              <FreePlay canRun={canRun} />
            </WorldPanel>
            <WorldPanel title="Timeline">
              <Timeline />
            </WorldPanel>
            <WorldPanel title="HTTP exchange" wide>
              <ExchangeView />
            </WorldPanel>
            <WorldPanel title="Server steps" wide>
              <ServerSteps />
            </WorldPanel>
            {jwt ? tokenPanels : sessionPanels}
            {jwt ? sessionPanels : tokenPanels}
            <Panel title="Paste a JWT" className="panel-wide">
              <TokenBox />
            </Panel>
          </main>
        </div>
      )}
    </div>
  )
}
