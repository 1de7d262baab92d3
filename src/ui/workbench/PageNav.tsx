import { LESSONS_HASH, WORKBENCH_HASH, type PageName } from './page-route'

const PAGES: readonly {
  readonly page: PageName
  readonly href: string
  readonly label: string
}[] = [
  { page: 'lessons', href: LESSONS_HASH, label: 'Lessons' },
  { page: 'workbench', href: WORKBENCH_HASH, label: 'Token workbench' },
]

/**
 * The header's links between the lessons and the token workbench. Plain links to
 * fragments: they open in a new tab, survive a reload, and need no server rules.
 */
export function PageNav({ current }: { readonly current: PageName }) {
  return (
    <nav className="page-nav" aria-label="Pages">
      <ul>
        {PAGES.map(({ page, href, label }) => (
          <li key={page}>
            <a href={href} aria-current={page === current ? 'page' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
