/** What an attacker would most like a claim to say, to prefill the tamper form. */
export function tamperSuggestion(claim: string, current: unknown): string {
  switch (claim) {
    case 'role':
      return 'superuser'
    case 'username':
    case 'name':
      return 'admin'
    case 'sub':
    case 'user_id':
      return '1'
    case 'exp':
      // A year later: the classic edit to make a stolen token live forever.
      return typeof current === 'number'
        ? String(current + 365 * 24 * 3600)
        : '4102444800'
    default:
      return typeof current === 'string' ? current : JSON.stringify(current)
  }
}
