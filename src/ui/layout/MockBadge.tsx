import type { MockStatus } from '../../transport/mock-status'

const WORDS: Readonly<Record<MockStatus['state'], string>> = {
  starting: 'starting…',
  active: 'active',
  unavailable: 'off',
}

/** A small, always-visible word on whether the in-page mock server can answer. */
export function MockBadge({ mock }: { readonly mock: MockStatus }) {
  return (
    <p className={`mock-badge mock-${mock.state}`}>
      Mock server: <strong>{WORDS[mock.state]}</strong>
    </p>
  )
}
