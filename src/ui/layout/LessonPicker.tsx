import { useId } from 'react'
import { useBouncer } from '../../store/bouncer-context'

/**
 * Chooses the lesson to follow. A lesson opens where the learner left it, or in a
 * fresh world of its mode the first time. While something runs the picker keeps
 * its focus and refuses a change, rather than turning `disabled` under the arrow
 * keys that just changed it.
 */
export function LessonPicker() {
  const lessons = useBouncer((state) => state.lessons)
  const lessonId = useBouncer((state) => state.lessonId)
  const busy = useBouncer((state) => state.busy !== null)
  const chooseLesson = useBouncer((state) => state.chooseLesson)
  const pickerId = useId()
  if (lessons.length === 0) return null
  return (
    <div className="lesson-picker">
      <label htmlFor={pickerId}>Choose a lesson</label>
      <select
        id={pickerId}
        value={lessonId ?? ''}
        aria-disabled={busy ? true : undefined}
        // A refused change snaps back: the value shown is always the store's.
        onChange={(event) => {
          if (!busy) void chooseLesson(event.target.value)
        }}
      >
        {lessonId === null ? <option value="">…</option> : null}
        {lessons.map((lesson) => (
          <option key={lesson.id} value={lesson.id}>
            {lesson.order}. {lesson.title}
          </option>
        ))}
      </select>
    </div>
  )
}
