import type { FieldRow } from '../../jwt/claims'
import { TableScroll } from '../shared/TableScroll'

interface ClaimsTableProps {
  readonly caption: string
  readonly rows: readonly FieldRow[]
  /** Whether the rows carry times to show (claims decoded against a clock). */
  readonly withTimes: boolean
}

/** Header parameters or claims as a table: name, value, what it means, and when. */
export function ClaimsTable({ caption, rows, withTimes }: ClaimsTableProps) {
  return (
    <TableScroll label={caption}>
      <table className="claims stacking-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Value</th>
            <th scope="col">Meaning</th>
            {withTimes ? <th scope="col">When</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name}>
              <th scope="row">
                <code className="mono">{row.name}</code>
              </th>
              <td data-label="Value" className="mono breakable">
                {row.value}
              </td>
              <td data-label="Meaning">
                {row.explanation ?? (
                  <span className="muted">
                    Not a registered name: its meaning is up to whoever issued the token.
                  </span>
                )}
              </td>
              {withTimes ? (
                <td data-label="When">
                  {row.time === null ? null : (
                    <>
                      <strong>{row.time.relative}</strong>
                      <br />
                      {row.time.utc}
                      <br />
                      <span className="muted">{row.time.local} (your time)</span>
                    </>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
