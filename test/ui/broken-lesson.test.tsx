import { describe, expect, it } from 'vitest'
import { brokenLessonProblems } from './support/lessons'
import { renderBouncer } from './support/render-bouncer'
import { ui } from './support/ui'

describe('BrokenLesson', () => {
  it('lists a broken lesson file’s problems as file:line: message', async () => {
    await renderBouncer({ problems: brokenLessonProblems })

    const lesson = ui.region('Lesson')
    expect(
      lesson.getByRole('heading', {
        name: 'Lesson file lessons/03-broken.md could not be loaded',
      }),
    ).toBeTruthy()
    expect(
      lesson.getByText(
        'lessons/03-broken.md:4: mode must be session or jwt, e.g. session; got "cookies"',
      ),
    ).toBeTruthy()
  })
})
