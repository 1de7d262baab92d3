import type { PartName } from '../../../jwt/token-problem'

/** Words for each segment, so colour is never the only way to tell them apart. */
export const PART_LABELS: Readonly<Record<PartName, string>> = {
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'IV',
  ciphertext: 'ciphertext',
  tag: 'tag',
  segment: 'segment',
  token: 'token',
}
