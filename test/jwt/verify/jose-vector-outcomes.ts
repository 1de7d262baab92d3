/**
 * What verifyToken makes of each JWS, JWT and nested-JWT vector in
 * test/conformance/vectors/jose-vectors.json, row by row: one row per serialization (and per
 * key, for multi-signature vectors). Any change in behaviour changes a row here.
 */
/** What verification made of each serialization (and key) of each vector, exactly. */
export const EXPECTED_OUTCOMES: Readonly<Record<string, readonly string[]>> = {
  'rfc7520-4.1': [
    'compact: verified',
    'json_flattened: verified',
    'json_general: verified signature 1',
  ],
  'rfc7520-4.2': [
    'compact: verified',
    'json_flattened: verified',
    'json_general: verified signature 1',
  ],
  'rfc7520-4.3': [
    'compact: verified',
    'json_flattened: verified',
    'json_general: verified signature 1',
  ],
  'rfc7520-4.4': [
    'compact: verified',
    'json_flattened: verified',
    'json_general: verified signature 1',
  ],
  'rfc7520-4.5': [
    'compact: verified',
    'json_flattened: verified',
    'json_general: verified signature 1',
  ],
  'rfc7520-4.6': ['json_flattened: verified', 'json_general: verified signature 1'],
  'rfc7520-4.7': ['json_flattened: verified', 'json_general: verified signature 1'],
  'rfc7520-4.8': [
    'json_general with key 1: verified signature 1',
    'json_general with key 2: verified signature 2',
    'json_general with key 3: verified signature 3',
  ],
  'rfc7520-6': [
    'outer compact: encrypted (decrypt first)',
    'outer json_flattened: encrypted (decrypt first)',
    'outer json_general: encrypted (decrypt first)',
    'inner compact: verified',
  ],
  'cookbook-rfc7797-b64false-json': [
    'json_flattened: rejected (crit)',
    'json_general: rejected (crit)',
  ],
  'cookbook-rfc7797-b64false-compact': [
    'compact: verified',
    'json_flattened: verified',
    'json_general: verified signature 1',
  ],
  'rfc7515-A.1': ['compact: verified'],
  'rfc7515-A.2': ['compact: verified'],
  'rfc7515-A.3': ['compact: verified'],
  'rfc7515-A.4': ['compact: verified'],
  'rfc7515-A.5': ['compact: unsecured (alg none, never verified)'],
  'rfc7515-A.6': [
    'json_general with key 1: verified signature 1',
    'json_general with key 2: verified signature 2',
  ],
  'rfc7515-A.7': ['json_flattened: verified'],
  'rfc7515-E': ['compact: rejected (crit)'],
  'rfc7519-3.1': ['compact: verified'],
  'rfc7519-6.1': ['compact: unsecured (alg none, never verified)'],
  'rfc7519-A.1': ['compact: not supported'],
  'rfc7519-A.2': ['outer compact: not supported', 'inner compact: verified'],
  'rfc7797-4.1': ['compact: verified'],
  'rfc7797-4.2': ['compact: verified'],
  'rfc8037-A.4': ['compact: verified'],
}
