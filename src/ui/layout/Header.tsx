import type { MockStatus } from '../../transport/mock-status'
import type { PageName } from '../workbench/page-route'
import { PageNav } from '../workbench/PageNav'
import { LessonPicker } from './LessonPicker'
import { MockBadge } from './MockBadge'
import { StartOver } from './StartOver'

interface HeaderProps {
  readonly mock: MockStatus
  /** The page on show; the lesson picker and Start over belong to the lessons. */
  readonly page: PageName
}

/**
 * The page's top bar: the name, the links between the lessons and the token
 * workbench, the lesson picker, Start over and the mock server's state.
 */
export function Header({ mock, page }: HeaderProps) {
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Bouncer</h1>
        <p className="tagline">How a web app keeps you logged in, byte by byte</p>
      </div>
      <PageNav current={page} />
      {page === 'lessons' ? (
        <>
          <LessonPicker />
          <StartOver />
        </>
      ) : null}
      <MockBadge mock={mock} />
    </header>
  )
}
