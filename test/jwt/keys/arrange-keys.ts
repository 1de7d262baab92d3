/// <reference types="node" />
import { generateKeyPairSync, type KeyExportOptions, type KeyObject } from 'node:crypto'

/** A fresh key pair of the kind node:crypto names, e.g. "ec" with a curve, or "ed25519". */
export function keyPair(
  type: 'rsa' | 'ec' | 'ed25519' | 'ed448' | 'x25519',
  options: { modulusLength?: number; namedCurve?: string } = {},
): { publicKey: KeyObject; privateKey: KeyObject } {
  if (type === 'rsa') {
    return generateKeyPairSync('rsa', { modulusLength: options.modulusLength ?? 2048 })
  }
  if (type === 'ec')
    return generateKeyPairSync('ec', { namedCurve: options.namedCurve ?? 'P-256' })
  if (type === 'ed25519') return generateKeyPairSync('ed25519')
  if (type === 'ed448') return generateKeyPairSync('ed448')
  return generateKeyPairSync('x25519')
}

/** A key as PEM text of the given structure. */
export function pemOf(key: KeyObject, type: 'spki' | 'pkcs1' | 'pkcs8' | 'sec1'): string {
  return key.export({ type, format: 'pem' } as KeyExportOptions<'pem'>).toString()
}

/** A PEM body without its BEGIN/END lines and line breaks: the bare base64 people paste. */
export function bareBase64(pem: string): string {
  return pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '')
}

// A self-signed P-256 certificate (openssl req -x509 -newkey ec, CN=bouncer-test-signer,
// valid until 2126) and an ES256 token its private key signed, made once for these tests.
export const CERTIFICATE = `-----BEGIN CERTIFICATE-----
MIIBlDCCATmgAwIBAgIUJt/ByJfBES+K0UgtT5wsw7Prq9swCgYIKoZIzj0EAwIw
HjEcMBoGA1UEAwwTYm91bmNlci10ZXN0LXNpZ25lcjAgFw0yNjEyMDMxNzM4NTZa
GA8yMTI2MTEwOTE3Mzg1NlowHjEcMBoGA1UEAwwTYm91bmNlci10ZXN0LXNpZ25l
cjBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABEINy4g8m6GBQxP7gIYkfRY5PtOh
t2RI7oyEt8q5tFJrImN4P2o7MntxftCr23N92k1fRL1EfbDdIBpusfMzNCmjUzBR
MB0GA1UdDgQWBBTaYfUe36oBRk6B+ue7r6PyLiMD8jAfBgNVHSMEGDAWgBTaYfUe
36oBRk6B+ue7r6PyLiMD8jAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0kA
MEYCIQCd684P8ZUu1X4ioRCZKclrfyDyW7vL8IZXr2jcGwcsLgIhALLS0vt/dwCR
xAE+erh9RmDnk57eDKTE86YH66LC8BTW
-----END CERTIFICATE-----
`
export const CERTIFICATE_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEQg3LiDyboYFDE/uAhiR9Fjk+06G3
ZEjujIS3yrm0UmsiY3g/ajsye3F+0Kvbc33aTV9EvUR9sN0gGm6x8zM0KQ==
-----END PUBLIC KEY-----
`
export const CERTIFICATE_TOKEN =
  'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJzdHVkZW50LTciLCJpYXQiOjE3NjcyMjU2MDB9.3D49GTvbWEC0Z_HYr5OwxTROwPbFlsEd9F63MfjiFxNeDWX3GB0n1tHQagwtqkvdHK8daBfNv4rmAB9GB8lBxQ'
