const INDENT = '  '

/**
 * Lays out JSON text over lines with two-space indentation without parsing it, so
 * every name and value stays exactly as received: key order, duplicate names,
 * number spellings such as 1.0 or 1e3, big integers and \u escapes. Whitespace
 * outside strings is the only thing replaced. Text that is not JSON comes back
 * laid out as far as it goes, never changed inside its strings.
 */
export function reindentJson(text: string): string {
  let out = ''
  let depth = 0
  let inString = false
  let escaped = false
  const newline = () => `\n${INDENT.repeat(depth)}`
  for (let at = 0; at < text.length; at += 1) {
    const character = text.charAt(at)
    if (inString) {
      out += character
      if (escaped) escaped = false
      else if (character === '\\') escaped = true
      else if (character === '"') inString = false
      continue
    }
    if (/\s/.test(character)) continue
    if (character === '"') {
      inString = true
      out += character
    } else if (character === '{' || character === '[') {
      const close = character === '{' ? '}' : ']'
      if (nextSignificant(text, at + 1) === close) {
        out += character
      } else {
        depth += 1
        out += character + newline()
      }
    } else if (character === '}' || character === ']') {
      if (!out.endsWith(character === '}' ? '{' : '[')) {
        depth = Math.max(0, depth - 1)
        out += newline()
      }
      out += character
    } else if (character === ',') {
      out += `,${newline()}`
    } else if (character === ':') {
      out += ': '
    } else {
      out += character
    }
  }
  return out
}

function nextSignificant(text: string, from: number): string {
  for (let at = from; at < text.length; at += 1) {
    const character = text.charAt(at)
    if (!/\s/.test(character)) return character
  }
  return ''
}
