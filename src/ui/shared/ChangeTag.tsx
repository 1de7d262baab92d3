/** What the selected exchange did to a row of the cookie jar or the session store. */
export interface RowMark {
  readonly change: 'added' | 'changed' | 'removed'
  /** The exchange that did it. */
  readonly exchangeId: number
}

/**
 * The tag beside a marked row, naming the exchange that did it: "removed by #3"
 * reads right in the Before view, where the row is still there, as "added by #1"
 * does in the After view, where the row is new.
 */
export function ChangeTag({ mark }: { readonly mark: RowMark }) {
  return (
    <span className="tag tag-change">
      {mark.change} by #{mark.exchangeId}
    </span>
  )
}
