import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import type { LessonProblem } from '../../src/course/lesson'
import { parseLesson } from '../../src/course/parse-lesson'

/** Joins lines with "\n", so each fixture line's number is its position in the call. */
const lines = (...text: string[]) => text.join('\n')

const FRONT_MATTER = [
  '---',
  'id: fixture',
  'title: A fixture',
  'mode: session',
  'order: 1',
  'summary: Used by the tests.',
  '---',
]

/** A lesson with sound front matter (lines 1-7) and the given body from line 8. */
const withBody = (...body: string[]) => lines(...FRONT_MATTER, ...body)

function problemsOf(file: string, source: string): readonly LessonProblem[] {
  const result = parseLesson(file, source)
  if (result.lesson) throw new Error(`expected problems, got lesson ${result.lesson.id}`)
  return result.problems
}

const brief = (problems: readonly LessonProblem[]) =>
  problems.map(({ code, line, message }) => ({ code, line, message }))

describe('parseLesson with the course lessons', () => {
  for (const name of ['01-session-wristband.md', '02-jwt-passport.md']) {
    test(`parses lessons/${name} without problems`, () => {
      const source = readFileSync(
        new URL(`../../lessons/${name}`, import.meta.url),
        'utf8',
      )
      const result = parseLesson(`lessons/${name}`, source)
      expect(result.problems).toBeUndefined()
    })
  }

  test('reads the wristband lesson as four steps between an intro and a recap', () => {
    const file = 'lessons/01-session-wristband.md'
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    const { lesson } = parseLesson(file, source)
    expect(lesson?.mode).toBe('session')
    expect(lesson?.sections.map((section) => section.step)).toEqual([
      { action: 'login', params: { username: 'alice', password: 'securepassword123' } },
      { action: 'get-profile', params: {} },
      { action: 'logout', params: {} },
      { action: 'get-profile', params: {} },
      null,
      null,
    ])
  })

  test('walks the passport lesson from login to the expired replay', () => {
    const file = 'lessons/02-jwt-passport.md'
    const source = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8')
    const { lesson } = parseLesson(file, source)
    expect(lesson?.mode).toBe('jwt')
    expect(lesson?.sections.flatMap((section) => section.step?.action ?? [])).toEqual([
      'login',
      'get-profile',
      'tamper-token',
      'get-profile',
      'login',
      'save-token-copy',
      'logout',
      'replay-saved-token',
      'advance-clock',
      'replay-saved-token',
    ])
  })
})

describe('parseLesson reading sections', () => {
  const source = withBody(
    '',
    'Intro with **bold**.',
    '',
    '## Log in {action=login username=alice password="two words"}',
    '',
    'Step prose.',
    '',
    '### A detail inside the step',
    '',
    '## Recap',
    '',
    'Recap prose.',
  )

  test('keeps the text before the first ## heading as the intro', () => {
    expect(parseLesson('lessons/x.md', source).lesson?.intro).toBe('Intro with **bold**.')
  })

  test('gives each section its title, file line, Markdown source and step', () => {
    expect(parseLesson('lessons/x.md', source).lesson?.sections).toEqual([
      {
        title: 'Log in',
        line: 11,
        markdown: 'Step prose.\n\n### A detail inside the step',
        step: { action: 'login', params: { username: 'alice', password: 'two words' } },
      },
      { title: 'Recap', line: 17, markdown: 'Recap prose.', step: null },
    ])
  })

  test('counts lines the same in a file with CRLF line ends', () => {
    const crlf = parseLesson('lessons/x.md', source.replaceAll('\n', '\r\n'))
    expect(crlf.lesson?.sections.map((section) => section.line)).toEqual([11, 17])
  })

  test('keeps Markdown in a title and leaves a brace group without "=" in it', () => {
    const lesson = parseLesson(
      'lessons/x.md',
      withBody(
        '## The `Cookie` header {sent by the browser}',
        '',
        '## Go {action=logout}',
      ),
    ).lesson
    expect(lesson?.sections.map(({ title, step }) => ({ title, step }))).toEqual([
      { title: 'The `Cookie` header {sent by the browser}', step: null },
      { title: 'Go', step: { action: 'logout', params: {} } },
    ])
  })
})

describe('parseLesson reporting broken lessons', () => {
  test('reports a file without front matter on line 1', () => {
    expect(brief(problemsOf('lessons/x.md', '## Go {action=logout}\n'))).toEqual([
      {
        code: 'front-matter.missing',
        line: 1,
        message:
          'The lesson has no front matter. Start the file with a line "---", then the ' +
          'fields id, title, mode, order, summary as "field: value" lines, then another "---".',
      },
    ])
  })

  test('reports front matter that is never closed', () => {
    expect(brief(problemsOf('lessons/x.md', lines('---', 'id: x', '## Go')))).toEqual([
      {
        code: 'front-matter.unclosed',
        line: 1,
        message:
          'The front matter opened here is never closed. Add a line "---" after its last field.',
      },
    ])
  })

  test('reports a YAML syntax error on the line yaml points at, with a fix', () => {
    const source = lines(
      '---',
      'id: x',
      'title: The wristband: server-side sessions',
      'mode: session',
      'order: 1',
      'summary: S.',
      '---',
      '## Go {action=logout}',
    )
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'front-matter.yaml',
        line: 3,
        message:
          'The front matter is not valid YAML: Nested mappings are not allowed in compact ' +
          'mappings. If the value contains ": ", put the whole value in quotes.',
      },
    ])
  })

  test('tells the author to keep one line when a field is given twice', () => {
    const source = lines('---', 'id: x', 'id: y', '---', '## Go {action=logout}')
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'front-matter.yaml',
        line: 3,
        message:
          'The front matter is not valid YAML: Map keys must be unique. ' +
          'Keep one line per field.',
      },
    ])
  })

  test('reports empty front matter on its opening line', () => {
    const source = lines('---', '---', '## Go {action=logout}')
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'front-matter.field',
        line: 1,
        message:
          'The front matter must be "field: value" lines: id, title, mode, order, summary.',
      },
    ])
  })

  test('reports each missing or invalid field at its line, named by its zod path', () => {
    const source = lines(
      '---',
      'id: Session Wristband',
      'mode: cookie',
      'order: 1.5',
      'summary: S.',
      'titel: Typo',
      '---',
      '## Go {action=logout}',
    )
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'front-matter.field',
        line: 1,
        message:
          'Front matter field "title" is missing. Add a line like: ' +
          "title: 'The wristband: server-side sessions'",
      },
      {
        code: 'front-matter.field',
        line: 2,
        message:
          'Front matter field "id" must be lower-case words joined by hyphens, ' +
          'e.g. session-wristband; got "Session Wristband"',
      },
      {
        code: 'front-matter.field',
        line: 3,
        message:
          'Front matter field "mode" must be session or jwt, e.g. session; got "cookie"',
      },
      {
        code: 'front-matter.field',
        line: 4,
        message:
          'Front matter field "order" must be a whole number from 1 up, e.g. 1; got 1.5',
      },
      {
        code: 'front-matter.field',
        line: 6,
        message:
          'The front matter has an unknown field "titel". Did you mean "title"? ' +
          'The fields are id, title, mode, order, summary.',
      },
    ])
  })

  test('names the known actions and the nearest one for an unknown action', () => {
    const source = withBody('', '## Look {action=get-proflie}')
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'step.unknown-action',
        line: 9,
        message:
          'Unknown action "get-proflie". Did you mean "get-profile"? The actions are ' +
          'login, get-profile, logout, save-token-copy, replay-saved-token, tamper-token, ' +
          'advance-clock, send-request.',
      },
    ])
  })

  test('reports missing, misspelt and malformed parameters on their lines', () => {
    const source = withBody(
      '## Log in {action=login usrname=alice password=pw}',
      '## Wait {action=advance-clock minutes=soon}',
      '## Forge {action=tamper-token claim=role}',
      '## Leave {action=logout everywhere=yes}',
    )
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'step.bad-param',
        line: 8,
        message:
          'Action "login" has no parameter "usrname". Did you mean "username"? ' +
          'It takes username and password.',
      },
      {
        code: 'step.bad-param',
        line: 8,
        message:
          'Action "login" needs the parameter username: a user name, e.g. username=alice.',
      },
      {
        code: 'step.bad-param',
        line: 9,
        message:
          'Parameter minutes=soon of action "advance-clock" must be a whole number of ' +
          'minutes greater than 0, e.g. minutes=31.',
      },
      {
        code: 'step.bad-param',
        line: 10,
        message:
          'Action "tamper-token" needs the parameter value: the new claim value, ' +
          'e.g. value=superuser.',
      },
      {
        code: 'step.bad-param',
        line: 11,
        message: 'Action "logout" takes no parameters. Remove everywhere=yes.',
      },
    ])
  })

  test('reports a step block it cannot read, and one without an action', () => {
    const source = withBody(
      '## Log in {action=login username="alice}',
      '## Go {to=profile}',
      '## Twice {action=logout action=login}',
    )
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'step.syntax',
        line: 8,
        message:
          'Cannot read "username="alice" in the step block. Write key=value pairs ' +
          'separated by spaces, and put a value that has spaces in double quotes: ' +
          'key="two words".',
      },
      {
        code: 'step.syntax',
        line: 9,
        message:
          'The step block {to=profile} names no action. Start it with action=NAME, e.g. ' +
          '{action=login username=alice password=securepassword123}.',
      },
      {
        code: 'step.syntax',
        line: 10,
        message: 'The step block gives "action" twice. Keep one.',
      },
    ])
  })

  test('reports a lesson with no steps on the line after its front matter', () => {
    const source = withBody('Just prose.', '', '## Recap', '', 'More prose.')
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'lesson.no-steps',
        line: 8,
        message:
          'The lesson has no steps, so there is nothing for the learner to run. Add a ' +
          'section whose heading ends with an action, e.g. ## Log in {action=login ' +
          'username=alice password=securepassword123}',
      },
    ])
  })

  test('reports an empty heading and a step block without a title', () => {
    const source = withBody('## {action=logout}', '##', '## Go {action=logout}')
    expect(brief(problemsOf('lessons/x.md', source))).toEqual([
      {
        code: 'section.untitled',
        line: 8,
        message:
          'This heading has a step block but no title. Write the title first: ## Log in ' +
          '{action=login username=alice password=securepassword123}',
      },
      {
        code: 'section.untitled',
        line: 9,
        message: 'This heading is empty. Give the section a title, e.g. ## Recap',
      },
    ])
  })

  test('collects problems from the front matter and the body together', () => {
    const source = lines(
      '---',
      'id: x',
      'title: X',
      'mode: jwt',
      'order: 0',
      'summary: S.',
      '---',
      '## Go {action=fly}',
    )
    expect(
      problemsOf('lessons/x.md', source).map(({ code, line }) => [code, line]),
    ).toEqual([
      ['front-matter.field', 5],
      ['step.unknown-action', 8],
    ])
  })

  test('names the file it was given in every problem', () => {
    const problems = problemsOf('lessons/99-broken.md', 'no front matter')
    expect(problems.map((problem) => problem.file)).toEqual([
      'lessons/99-broken.md',
      'lessons/99-broken.md',
    ])
  })
})
