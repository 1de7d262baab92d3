import { base64url, CompactEncrypt, importJWK, type CryptoKey, type JWK } from 'jose'
import { decryptJwe } from '../../../src/jwt/jwe/decrypt-jwe'
import { encryptClaims } from '../../../src/jwt/jwe/encrypt-claims'
import {
  hexBytes,
  publicPart,
  toHex,
  withoutMembers,
  type JoseVector,
} from './jose-vectors'

/**
 * The key-agreement vectors give keys and the shared secret Z but no token, and
 * jose has no raw ECDH API. So Z is computed with WebCrypto, and a token is made
 * with the vector's own ephemeral key (jose's test-only `epk` parameter) for the
 * workbench's decryptJwe to open with the recipient's key.
 */

const PLAINTEXT = new TextEncoder().encode('{"sub":"student-7","scope":"read:grades"}')

/** RFC 8037 A.6 (X25519) and A.7 (X448): Z, then a round trip where jose can. */
export async function checkAgreement(vector: JoseVector): Promise<string> {
  const recipientJwk = withSecret(
    vector.recipient_public_jwk,
    vector.recipient_secret_hex,
  )
  const ephemeralJwk = withSecret(
    vector.ephemeral_public_jwk,
    vector.ephemeral_secret_hex,
  )
  const name = vector.crv ?? ''
  const z = await sharedSecret(
    { name },
    await rawImport(ephemeralJwk, { name }, 'private'),
    await rawImport(publicPart(recipientJwk), { name }, 'public'),
  )
  if (z !== vector.shared_secret_z_hex) return 'shared secret differs'
  if (name === 'X448') {
    const refused = await encryptClaims({ sub: 'student-7' }, publicPart(recipientJwk), {
      alg: 'ECDH-ES+A256KW',
      enc: 'A256GCM',
    })
    return !refused.ok && refused.code === 'not-supported'
      ? 'shared secret matches, X448 not supported by jose'
      : 'X448 unexpectedly accepted'
  }
  const header = vector.jwe_protected_header ?? {}
  const token = await encryptWithEphemeral(header, ephemeralJwk, publicPart(recipientJwk))
  const result = await decryptJwe(token, recipientJwk)
  const epkMatches = result.ok && sameKey(result.header['epk'], header['epk'])
  return result.ok && epkMatches && toHex(result.plaintext) === toHex(PLAINTEXT)
    ? 'shared secret matches, round trip decrypted'
    : 'round trip failed'
}

/**
 * RFC 7518 Appendix C: Z from P-256 ECDH, and the Concat KDF key derived with
 * apu "Alice" and apv "Bob". The token made here is opened twice: by
 * decryptJwe with Bob's key, and by AES-GCM with the appendix's derived key,
 * which proves the key jose derived is the one the RFC prints.
 */
export async function checkConcatKdf(vector: JoseVector): Promise<string> {
  const alice = vector.ephemeral_private_jwk_alice ?? {}
  const bob = vector.recipient_private_jwk_bob ?? {}
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' }
  const z = await sharedSecret(
    ecdh,
    await rawImport(alice, ecdh, 'private'),
    await rawImport(publicPart(bob), ecdh, 'public'),
  )
  if (z !== vector.shared_secret_z_hex) return 'shared secret differs'
  const header = vector.jwe_protected_header ?? {}
  const token = await encryptWithEphemeral(header, alice, publicPart(bob))
  const decrypted = await decryptJwe(token, bob)
  const [protectedB64u = '', , iv = '', ciphertext = '', tag = ''] = token.split('.')
  const cek = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(base64url.decode(vector.derived_key_b64u ?? '')),
    'AES-GCM',
    false,
    ['decrypt'],
  )
  const direct = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: new Uint8Array(base64url.decode(iv)),
      additionalData: new TextEncoder().encode(protectedB64u),
    },
    cek,
    new Uint8Array([...base64url.decode(ciphertext), ...base64url.decode(tag)]),
  )
  return decrypted.ok &&
    toHex(decrypted.plaintext) === toHex(PLAINTEXT) &&
    toHex(new Uint8Array(direct)) === toHex(PLAINTEXT)
    ? 'shared secret and Concat KDF key match'
    : 'derived key differs'
}

async function encryptWithEphemeral(
  header: Record<string, unknown>,
  ephemeralJwk: JWK,
  recipient: JWK,
): Promise<string> {
  const { alg, enc, kid, apu, apv } = header as Record<string, string | undefined>
  const epk = (await importJWK(ephemeralJwk, 'ECDH-ES', {
    extractable: true,
  })) as CryptoKey
  return new CompactEncrypt(PLAINTEXT)
    .setProtectedHeader({
      alg: alg ?? '',
      enc: enc ?? '',
      ...(kid === undefined ? {} : { kid }),
    })
    .setKeyManagementParameters({
      epk,
      ...(apu === undefined ? {} : { apu: base64url.decode(apu) }),
      ...(apv === undefined ? {} : { apv: base64url.decode(apv) }),
    })
    .encrypt(recipient)
}

async function sharedSecret(
  algorithm: { name: string },
  privateKey: globalThis.CryptoKey,
  publicKey: globalThis.CryptoKey,
): Promise<string> {
  const bits = await crypto.subtle.deriveBits(
    { ...algorithm, public: publicKey },
    privateKey,
    null,
  )
  return toHex(new Uint8Array(bits))
}

/** Imports straight into WebCrypto: jose knows no X448, and Z needs no JOSE at all. */
function rawImport(
  jwk: JWK,
  algorithm: { name: string; namedCurve?: string },
  side: 'private' | 'public',
): Promise<globalThis.CryptoKey> {
  return crypto.subtle.importKey(
    'jwk',
    withoutMembers(jwk, ['alg', 'kid', 'use']),
    algorithm,
    false,
    side === 'private' ? ['deriveBits'] : [],
  )
}

/** Two public JWKs for the same key, whatever their member order. */
function sameKey(a: unknown, b: unknown): boolean {
  const { kty, crv, x, y } = (a ?? {}) as Record<string, unknown>
  const other = (b ?? {}) as Record<string, unknown>
  return (
    kty === other['kty'] && crv === other['crv'] && x === other['x'] && y === other['y']
  )
}

function withSecret(jwk: JWK | undefined, secretHex: string | undefined): JWK {
  return { ...jwk, d: base64url.encode(hexBytes(secretHex ?? '')) }
}
