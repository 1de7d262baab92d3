import { useState } from 'react'

/** Which recorded state of an exchange a panel shows. */
export type RecordedSide = 'before' | 'after'

/**
 * The side a panel shows for `exchangeId`: After until the learner picks Before, and
 * After again for every other exchange, so a new step always opens on its result.
 */
export function useRecordedSide(
  exchangeId: number | null,
): [RecordedSide, (side: RecordedSide) => void] {
  const [choice, setChoice] = useState<{ id: number; side: RecordedSide } | null>(null)
  const side = choice !== null && choice.id === exchangeId ? choice.side : 'after'
  const choose = (picked: RecordedSide) => {
    if (exchangeId !== null) setChoice({ id: exchangeId, side: picked })
  }
  return [side, choose]
}
