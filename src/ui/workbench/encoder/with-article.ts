// Letters whose spoken name starts with a vowel sound: "an HS256", "an RSA key".
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX'

/**
 * The name after "a" or "an", chosen by how it is said: a name that starts with
 * a capital (an algorithm, a PEM label) is read letter by letter ("an ES256 key",
 * "a PS256 key"); a lower-case word goes by its first vowel ("a public JWK").
 */
export function withArticle(name: string): string {
  const first = name.charAt(0)
  const vowelSound =
    first === first.toLowerCase()
      ? 'aeiou'.includes(first) && first !== ''
      : VOWEL_SOUND_LETTERS.includes(first)
  return `${vowelSound ? 'an' : 'a'} ${name}`
}
