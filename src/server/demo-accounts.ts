/**
 * The accounts the monolith starts with. The lessons print these credentials so a
 * learner can log in; the server state only ever holds their hashes.
 */
export const DEMO_ACCOUNTS = [
  { id: 123, username: 'alice', role: 'admin', password: 'securepassword123' },
  { id: 456, username: 'bob', role: 'user', password: 'correcthorsebattery' },
] as const
