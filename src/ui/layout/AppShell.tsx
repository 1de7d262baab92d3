import type { ReactNode } from 'react'
import type { LessonProblem } from '../../course/lesson'
import { useBouncer } from '../../store/bouncer-context'
import { selectWorld } from '../../store/selectors'
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
import { Header } from './Header'
import { MockBanner } from './MockBanner'
import { Panel } from './Panel'
import { SavedProgressNotice } from './SavedProgressNotice'

interface AppShellProps {
  readonly mock: MockStatus
  /** Problems of lesson files that failed to load, shown to their author. */
  readonly problems: readonly LessonProblem[]
}

/** The whole page around a store: header, lesson column, and the panels. */
export function AppShell({ mock, problems }: AppShellProps) {
  const mode = useBouncer((state) => selectWorld(state)?.clientMode ?? null)
  const canRun = mock.state === 'active'
  const sessionPanels: ReactNode = (
    <>
      <Panel title="Cookie jar" className="panel-wide">
        <CookieJarView />
      </Panel>
      <Panel title="Session store" className="panel-wide">
        <SessionStoreView />
      </Panel>
    </>
  )
  const tokenPanels: ReactNode = (
    <>
      <Panel title="Token storage">
        <TokenStorageView />
      </Panel>
      <Panel title="Signature check">
        <SignatureCheckView />
      </Panel>
      <Panel title="Token" className="panel-wide">
        <TokenView />
      </Panel>
      {mode === 'jwt' ? (
        <Panel title="Tamper">
          <TamperControl canRun={canRun} />
        </Panel>
      ) : null}
    </>
  )
  return (
    <div className="app">
      <Header mock={mock} />
      <MockBanner mock={mock} />
      <SavedProgressNotice />
      <div className="layout">
        <LessonColumn canRun={canRun} problems={problems} />
        <main className="panels">
          <Panel title="Free play">
            <FreePlay canRun={canRun} />
          </Panel>
          <Panel title="Timeline">
            <Timeline />
          </Panel>
          <Panel title="HTTP exchange" className="panel-wide">
            <ExchangeView />
          </Panel>
          <Panel title="Server steps" className="panel-wide">
            <ServerSteps />
          </Panel>
          {mode === 'jwt' ? tokenPanels : sessionPanels}
          {mode === 'jwt' ? sessionPanels : tokenPanels}
          <Panel title="Paste a JWT" className="panel-wide">
            <TokenBox />
          </Panel>
        </main>
      </div>
    </div>
  )
}
