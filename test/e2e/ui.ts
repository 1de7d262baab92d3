import type { Locator, Page } from 'playwright-core'
import { closeAfterEachTest, openApp } from './app'
import type { AppSession, OpenAppOptions } from './app'

/** A lesson as the picker offers it: its id and the title its column shows. */
export interface LessonRef {
  readonly id: string
  readonly title: string
}

/** The two lessons of the course, as lessons/*.md name them. */
export const LESSONS = {
  session: { id: 'session-wristband', title: 'The wristband: server-side sessions' },
  jwt: { id: 'jwt-passport', title: 'The passport: signed tokens (JWT)' },
} as const satisfies Record<string, LessonRef>

/** The free-play buttons that send a request, by their label. */
export type RequestButton = 'Log in' | 'Get profile' | 'Log out' | 'Replay saved token'

// A step may hash a password 600,000 times, and a fresh world hashes every demo user's.
const STEP_TIMEOUT = 20_000

/** Freezes the page's Date.now at `iso`, so the virtual clock, iat and exp are exact. */
export function atFixedTime(iso: string): OpenAppOptions {
  return { beforeLoad: (page) => page.clock.setFixedTime(new Date(iso)) }
}

/** Opens the built app, picks `lesson`, and waits for its fresh world. */
export async function openLesson(
  lesson: LessonRef,
  options: OpenAppOptions = {},
): Promise<AppSession> {
  const app = await openApp(options)
  try {
    await settle(
      app.page,
      stepCounter(app.page, /^Introduction/),
      'Preparing the first lesson',
    )
    const picker = app.page.getByRole('combobox', { name: 'Choose a lesson' })
    if ((await picker.inputValue()) !== lesson.id) {
      await picker.selectOption(lesson.id)
      const heading = region(app.page, 'Lesson').getByRole('heading', {
        name: lesson.title,
        exact: true,
      })
      await settle(app.page, heading, `Choosing the lesson "${lesson.title}"`)
    }
  } catch (error) {
    await app.close()
    throw error
  }
  return app
}

/**
 * Gives one file's tests a way to open a lesson, each in its own browser, with
 * `options` (such as a fixed time). After each test the page's console must be
 * clean, apart from the monolith's deliberate refusals, and the browser closes.
 */
export function lessonPerTest(
  options: OpenAppOptions = {},
): (lesson: LessonRef) => Promise<AppSession> {
  const watch = closeAfterEachTest()
  return async (lesson) => watch(await openLesson(lesson, options))
}

/** A panel of the page by its heading, e.g. 'Cookie jar'; names match exactly. */
export function region(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true })
}

/** Presses Next step and waits until the lesson shows the step after this one. */
export async function next(page: Page): Promise<void> {
  const { done, total } = await progress(page)
  await region(page, 'Lesson').getByRole('button', { name: 'Next step' }).click()
  await settle(page, stepCounter(page, `Step ${done + 1} of ${total}`), 'Next step')
}

/** Presses Next step `count` times. */
export async function nextSteps(page: Page, count: number): Promise<void> {
  for (let step = 0; step < count; step += 1) await next(page)
}

/** Presses Back and waits until the lesson shows the step before this one. */
export async function back(page: Page): Promise<void> {
  const { done, total } = await progress(page)
  await region(page, 'Lesson').getByRole('button', { name: 'Back' }).click()
  const shown = done === 1 ? /^Introduction/ : `Step ${done - 1} of ${total}`
  await settle(page, stepCounter(page, shown), 'Back')
}

/** Presses Reset and waits for the lesson's fresh world. */
export async function reset(page: Page): Promise<void> {
  await region(page, 'Lesson').getByRole('button', { name: 'Reset' }).click()
  await settle(page, stepCounter(page, /^Introduction/), 'Reset')
}

/** Presses a free-play button and waits until its exchange joins the timeline. */
export async function play(page: Page, button: RequestButton): Promise<void> {
  const entries = region(page, 'Timeline').getByRole('listitem')
  const before = await entries.count()
  await region(page, 'Free play')
    .getByRole('button', { name: button, exact: true })
    .click()
  await settle(page, entries.nth(before), `Free play: ${button}`)
}

/** Sets one claim of the stored token in the Tamper panel and applies it. */
export async function tamper(page: Page, claim: string, value: string): Promise<void> {
  const panel = region(page, 'Tamper')
  await panel.getByRole('combobox', { name: 'Claim' }).selectOption(claim)
  await panel.getByRole('textbox', { name: 'New value' }).fill(value)
  await panel.getByRole('button', { name: 'Apply tamper' }).click()
  const remark = region(page, 'Lesson')
    .getByRole('note')
    .filter({ hasText: `"${claim}" now says` })
  await settle(page, remark, `Apply tamper to "${claim}"`)
}

/** Pastes `text` into the token box, as a learner's paste replaces what was there. */
export async function pasteToken(page: Page, text: string): Promise<void> {
  await tokenField(page).fill(text)
}

/** Types a secret into the token box one key at a time, as a learner would. */
export async function typeSecret(page: Page, secret: string): Promise<void> {
  const field = region(page, 'Paste a JWT').getByRole('textbox', { name: 'Secret' })
  await field.clear()
  await field.pressSequentially(secret)
}

/** What the token box's JWT field holds now. */
export function tokenFieldText(page: Page): Promise<string> {
  return tokenField(page).inputValue()
}

/** Presses Check signature and waits for the verdict. */
export async function checkSignature(page: Page): Promise<void> {
  const box = region(page, 'Paste a JWT')
  await box.getByRole('button', { name: 'Check signature' }).click()
  const verdict = box.getByRole('status').filter({ hasText: /Signature (NOT )?verified/ })
  await settle(page, verdict, 'Check signature')
}

function tokenField(page: Page): Locator {
  return region(page, 'Paste a JWT').getByRole('textbox', { name: 'JWT to decode' })
}

function stepCounter(page: Page, text: string | RegExp): Locator {
  const exact = typeof text === 'string' ? new RegExp(`^${text}$`) : text
  return region(page, 'Lesson').getByText(exact)
}

async function progress(page: Page): Promise<{ done: number; total: number }> {
  const counter = region(page, 'Lesson').getByText(
    /^(Introduction · \d+ steps ahead|Step \d+ of \d+)$/,
  )
  const text = await counter.innerText()
  const intro = /^Introduction · (\d+) steps ahead$/.exec(text)
  if (intro !== null) return { done: 0, total: Number(intro[1]) }
  const step = /^Step (\d+) of (\d+)$/.exec(text)
  return { done: Number(step?.[1]), total: Number(step?.[2]) }
}

/**
 * Waits for what an action should show, or for the failure the lesson column
 * reports instead, so a failed step fails the test with the learner's message.
 */
async function settle(page: Page, outcome: Locator, action: string): Promise<void> {
  const failure = region(page, 'Lesson').getByRole('alert')
  await outcome.or(failure).first().waitFor({ timeout: STEP_TIMEOUT })
  if (await failure.isVisible()) {
    throw new Error(`${action} failed on screen: ${await failure.innerText()}`)
  }
}
