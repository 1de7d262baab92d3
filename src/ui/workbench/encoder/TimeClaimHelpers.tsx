import { useId, useState } from 'react'
import { setExpiresIn, setIssuedAt, type ClaimEdit } from '../../../jwt/sign/time-claims'
import { formatInstant } from '../../../time/format-time'

interface TimeClaimHelpersProps {
  readonly payloadJson: string
  readonly onChange: (payloadJson: string) => void
}

/** What the last helper press did, in words. */
type Outcome = { readonly ok: boolean; readonly text: string } | null

const SECONDS_PER_MINUTE = 60

/**
 * Buttons that write `iat` (now) and `exp` (now plus some minutes) into the
 * claims text as NumericDates, replacing the value in place or adding the
 * claim last, so the rest of the text stays as typed. "Now" is this
 * computer's clock; a negative number of minutes makes a token already expired.
 */
export function TimeClaimHelpers({ payloadJson, onChange }: TimeClaimHelpersProps) {
  const id = useId()
  const [minutes, setMinutes] = useState('15')
  const [outcome, setOutcome] = useState<Outcome>(null)
  const wholeMinutes = Number(minutes)
  const minutesValid = minutes.trim() !== '' && Number.isSafeInteger(wholeMinutes)

  function apply(name: 'iat' | 'exp', edit: ClaimEdit) {
    if (!edit.ok) {
      setOutcome({ ok: false, text: `${name} not set: ${edit.error.message}` })
      return
    }
    onChange(edit.text)
    setOutcome({
      ok: true,
      text: `${name} set to ${edit.value} (${formatInstant(edit.value * 1000)}).`,
    })
  }

  return (
    <fieldset className="time-claims">
      <legend>Times (NumericDate: seconds since 1970, UTC)</legend>
      <button
        type="button"
        onClick={() => apply('iat', setIssuedAt(payloadJson, Date.now()))}
      >
        Set iat to now
      </button>{' '}
      <label htmlFor={`${id}-minutes`}>Expires in (minutes)</label>{' '}
      <input
        id={`${id}-minutes`}
        type="number"
        step={1}
        inputMode="numeric"
        value={minutes}
        aria-invalid={!minutesValid}
        onChange={(event) => setMinutes(event.target.value)}
        size={6}
      />{' '}
      <button
        type="button"
        disabled={!minutesValid}
        onClick={() =>
          apply(
            'exp',
            setExpiresIn(payloadJson, wholeMinutes * SECONDS_PER_MINUTE, Date.now()),
          )
        }
      >
        Set exp to now + {minutesValid ? wholeMinutes : 'N'} min
      </button>
      <p role="status" className={outcome?.ok === false ? 'field-error' : 'muted'}>
        {outcome?.text ?? ''}
      </p>
    </fieldset>
  )
}
