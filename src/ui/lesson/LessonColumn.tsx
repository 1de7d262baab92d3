import Markdown from 'react-markdown'
import type { Lesson, LessonProblem } from '../../course/lesson'
import { useBouncer } from '../../store/bouncer-context'
import { currentSnapshot, recordedStep } from '../../store/history'
import { selectHistory, selectLesson, selectWorldStatus } from '../../store/selectors'
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
  const unchangedRemark = useBouncer((state) => state.remark)
  if (lesson !== null && history === null) return <WorldlessLesson lesson={lesson} />
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
  const remark = unchangedRemark ?? snapshot.remark
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
            {recorded
              ? ' (done before; Next shows the recorded result without sending anything)'
              : null}
          </>
        )}
      </p>
      <ProgressNotice />
      {remark === null ? null : (
        <p className="remark" role="note">
          {remark}
        </p>
      )}
      <LessonText lesson={lesson} done={done} />
    </>
  )
}

/**
 * A lesson without a world: still being made, or it could not be made in this
 * window. The whole text is shown at once, since its steps cannot be taken.
 */
function WorldlessLesson({ lesson }: { readonly lesson: Lesson }) {
  const status = useBouncer(selectWorldStatus)
  return (
    <>
      <h2>{lesson.title}</h2>
      <p className="step-counter">
        {status === 'failed'
          ? `${lesson.sections.length} steps, which cannot run in this window`
          : 'Preparing a fresh world…'}
      </p>
      <StepControls nextBlocked atEnd={false} />
      <ProgressNotice />
      <article className="lesson-text">
        <p className="summary">{lesson.summary}</p>
        <Markdown>{lesson.intro}</Markdown>
        {lesson.sections.map((section) => (
          <section key={section.line}>
            <h3>
              <InlineMarkdown text={section.title} />
            </h3>
            <Markdown>{section.markdown}</Markdown>
          </section>
        ))}
      </article>
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
