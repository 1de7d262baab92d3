import type { LessonProblem } from '../../course/lesson'
import { formatLessonProblem } from '../../course/lesson-report'

interface BrokenLessonProps {
  readonly file: string
  readonly problems: readonly LessonProblem[]
}

/** A lesson file that failed to parse, with each problem where its author can find it. */
export function BrokenLesson({ file, problems }: BrokenLessonProps) {
  return (
    <article className="broken-lesson">
      <h3>
        Lesson file <code>{file}</code> could not be loaded
      </h3>
      <p>It is left out of the course until these problems are fixed:</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code className="mono breakable">{formatLessonProblem(problem)}</code>
          </li>
        ))}
      </ul>
    </article>
  )
}
