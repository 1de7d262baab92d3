import type { MockStatus } from '../../transport/mock-status'
import { LessonPicker } from './LessonPicker'
import { MockBadge } from './MockBadge'
import { StartOver } from './StartOver'

/** The page's top bar: the name, the lesson picker, Start over and the mock server's state. */
export function Header({ mock }: { readonly mock: MockStatus }) {
  return (
    <header className="app-header">
      <div className="brand">
        <h1>Bouncer</h1>
        <p className="tagline">How a web app keeps you logged in, byte by byte</p>
      </div>
      <LessonPicker />
      <StartOver />
      <MockBadge mock={mock} />
    </header>
  )
}
