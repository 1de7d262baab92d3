import { describe, expect, it } from 'vitest'
import { pageOfHash } from '../../../src/ui/workbench/page-route'

describe('pageOfHash', () => {
  it.each([
    ['', 'lessons'],
    ['#lessons', 'lessons'],
    ['#workbench', 'workbench'],
    ['#workbench&token=a.b.c', 'workbench'],
    ['#workbench?token=a.b.c', 'workbench'],
    ['#workbenches', 'lessons'],
    ['#step-2', 'lessons'],
  ] as const)('reads %j as the %s page', (hash, page) => {
    expect(pageOfHash(hash)).toBe(page)
  })
})
