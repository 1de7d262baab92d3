import type { Lesson, LessonProblem } from '../../../src/course/lesson'

/** A short session lesson: two steps that send, then a prose recap. */
export const sessionLesson: Lesson = {
  id: 'session-wristband',
  title: 'The wristband: server-side sessions',
  mode: 'session',
  order: 1,
  summary: 'Log in, carry a cookie, and watch logout delete the row.',
  file: 'lessons/01-session-wristband.md',
  idLine: 2,
  intro: 'A club checks your ID once at the door, then puts a **wristband** on you.',
  sections: [
    {
      title: 'Show your ID at the door',
      markdown: 'The page sends your username and password.',
      line: 20,
      step: { action: 'login', params: { username: 'alice' } },
    },
    {
      title: 'Leave the club',
      markdown: 'The server deletes the row, and the cookie expires.',
      line: 40,
      step: { action: 'logout', params: {} },
    },
    {
      title: 'Recap',
      markdown: 'The browser holds an id; the server holds everything else.',
      line: 60,
      step: null,
    },
  ],
}

/** A short JWT lesson: log in, forge a claim, show the forgery. */
export const jwtLesson: Lesson = {
  id: 'jwt-passport',
  title: 'The passport: signed tokens (JWT)',
  mode: 'jwt',
  order: 2,
  summary: 'Log in for a token, forge a claim, and watch the signature check fail.',
  file: 'lessons/02-jwt-passport.md',
  idLine: 2,
  intro: 'A **passport** carries its own proof: a signature.',
  sections: [
    {
      title: 'Get your passport',
      markdown: 'The server signs a token and the page keeps it.',
      line: 20,
      step: { action: 'login', params: {} },
    },
    {
      title: 'Forge a claim',
      markdown: 'Change the role without the key.',
      line: 40,
      step: { action: 'tamper-token', params: { claim: 'role', value: 'superuser' } },
    },
  ],
}

/** The problems of a lesson file whose front matter is wrong. */
export const brokenLessonProblems: readonly LessonProblem[] = [
  {
    code: 'front-matter.field',
    file: 'lessons/03-broken.md',
    line: 4,
    message: 'mode must be session or jwt, e.g. session; got "cookies"',
  },
]
