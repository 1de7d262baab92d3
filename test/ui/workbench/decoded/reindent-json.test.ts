import { describe, expect, it } from 'vitest'
import { reindentJson } from '../../../../src/ui/workbench/decoded/reindent-json'

describe('reindentJson', () => {
  it('lays out nested JSON over lines and keeps every value as written', () => {
    expect(reindentJson('{"a":1.0,"b":[1e3,{}],"c":{"d":"x\\"{,}:"},"e":[]}')).toBe(
      [
        '{',
        '  "a": 1.0,',
        '  "b": [',
        '    1e3,',
        '    {}',
        '  ],',
        '  "c": {',
        '    "d": "x\\"{,}:"',
        '  },',
        '  "e": []',
        '}',
      ].join('\n'),
    )
  })

  it('replaces the whitespace outside strings only', () => {
    expect(reindentJson('{ "a b" :\n\t"c  d" }')).toBe('{\n  "a b": "c  d"\n}')
  })
})
