import { useId } from 'react'
import { useWorkbench } from '../../../store/workbench-context'

/** The issuer and audience the verifier expects; left empty, they go unchecked. */
export function ExpectedParties() {
  const issuer = useWorkbench((state) => state.issuer)
  const audience = useWorkbench((state) => state.audience)
  const update = useWorkbench((state) => state.update)
  const id = useId()
  return (
    <fieldset className="expected-parties">
      <legend>Expected issuer and audience</legend>
      <p id={`${id}-hint`} className="muted">
        Leave empty to skip the check; separate several names with commas. A real server
        always checks both, or a token it issued for another service works here too.
      </p>
      <div className="field-row">
        <label htmlFor={`${id}-iss`}>Expected issuer (iss)</label>
        <input
          id={`${id}-iss`}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={issuer}
          onChange={(event) => update({ issuer: event.target.value })}
        />
      </div>
      <div className="field-row">
        <label htmlFor={`${id}-aud`}>Expected audience (aud)</label>
        <input
          id={`${id}-aud`}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          value={audience}
          onChange={(event) => update({ audience: event.target.value })}
        />
      </div>
    </fieldset>
  )
}
