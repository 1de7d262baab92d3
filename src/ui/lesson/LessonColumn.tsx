import Markdown from 'react-markdown'
import type { Lesson, LessonProblem } from '../../course/lesson'
import { useBouncer } from '../../store/bouncer-context'
import { currentSnapshot, recordedStep } from '../../store/history'
import { selectHistory, selectLesson } from '../../store/selectors'
import { ErrorBoundary } from '../layout/ErrorBoundary'
import { BrokenLesson } from './BrokenLesson'
import { InlineMarkdown } from './InlineMarkdown'
import { ProgressNotice } from './ProgressNotice'
import { StepControls } from './StepControls'

interface LessonColumnProps {
  /** Whether actions may run (the mock server is active). */
  readonly canRun: boolean
  readonly problems: readonly LessonProblem[]
}

/** The lesson's text for the current step, the step counter and the step buttons. */
export function LessonColumn({ canRun, problems }: LessonColumnProps) {
  return (
    <section className="lesson-column" aria-label="Lesson">
      <ErrorBoundary panel="Lesson">
        <LessonBody canRun={canRun} />
      </ErrorBoundary>
      {groupByFile(problems).map(([file, fileProblems]) => (
        <BrokenLesson key={file} file={file} problems={fileProblems} />
      ))}
    </section>
  )
}

function LessonBody({ canRun }: { readonly canRun: boolean }) {
  const lesson = useBouncer(selectLesson)
  const history = useBouncer(selectHistory)
  if (lesson === null || history === null) {
    // The buttons are there from the start, disabled, so the layout never jumps.
    return (
      <>
        <h2>Lesson</h2>
        <p className="step-counter">Preparing a fresh world…</p>
        <StepControls nextBlocked atEnd={false} />
        <ProgressNotice />
      </>
    )
  }
  const snapshot = currentSnapshot(history)
  const total = lesson.sections.length
  const done = snapshot.stepsDone
  const upcoming = lesson.sections[done]
  const recorded = recordedStep(history, done) !== null
  return (
    <>
      <h2>{lesson.title}</h2>
      <p className="step-counter">
        {done === 0 ? `Introduction · ${total} steps ahead` : `Step ${done} of ${total}`}
      </p>
      <StepControls
        nextBlocked={!canRun && upcoming?.step != null && !recorded}
        atEnd={upcoming === undefined}
      />
      <p className="next-hint">
        {upcoming === undefined ? (
          'End of the lesson. Go Back to look again, or Reset to start over.'
        ) : (
          <>
            Next: <InlineMarkdown text={upcoming.title} />
            {recorded ? ' (already taken: Next shows it again, sending nothing)' : null}
          </>
        )}
      </p>
      <ProgressNotice />
      {snapshot.remark === null ? null : (
        <p className="remark" role="note">
          {snapshot.remark}
        </p>
      )}
      <LessonText lesson={lesson} done={done} />
    </>
  )
}

function LessonText({
  lesson,
  done,
}: {
  readonly lesson: Lesson
  readonly done: number
}) {
  const section = done === 0 ? null : lesson.sections[done - 1]
  if (section == null) {
    return (
      <article className="lesson-text">
        <p className="summary">{lesson.summary}</p>
        <Markdown>{lesson.intro}</Markdown>
      </article>
    )
  }
  return (
    <article className="lesson-text">
      <h3>
        <InlineMarkdown text={section.title} />
      </h3>
      <Markdown>{section.markdown}</Markdown>
    </article>
  )
}

function groupByFile(problems: readonly LessonProblem[]): [string, LessonProblem[]][] {
  const byFile = new Map<string, LessonProblem[]>()
  for (const problem of problems) {
    byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem])
  }
  return [...byFile]
}
