import type { LessonProblem } from './lesson.ts'

/** One problem as a compiler would print it: `lessons/x.md:12: message`. */
export function formatLessonProblem(problem: LessonProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`
}

/** A headline counting the problems and broken files, then one line per problem. */
export function formatLessonReport(problems: readonly LessonProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size
  const found = `${count(problems.length, 'problem')} in ${count(files, 'lesson file')}`
  const headline = `Lesson check found ${found}:`
  return [headline, ...problems.map(formatLessonProblem)].join('\n')
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}
