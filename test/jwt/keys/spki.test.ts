/// <reference types="node" />
import { createPublicKey, X509Certificate, type KeyExportOptions } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  encodeElement,
  encodeLength,
  oidText,
  readWhole,
} from '../../../src/jwt/keys/der'
import {
  certificateSpki,
  classifyDer,
  pemFromDer,
  spkiAlgorithm,
  wrapPkcs1,
} from '../../../src/jwt/keys/spki'
import { CERTIFICATE, keyPair } from './arrange-keys'

const rsa = keyPair('rsa')
const der = (type: 'spki' | 'pkcs1' | 'pkcs8' | 'sec1', key = rsa.publicKey) =>
  new Uint8Array(key.export({ type, format: 'der' } as KeyExportOptions<'der'>))

describe('DER lengths and elements', () => {
  it('writes short and long definite lengths (X.690 §8.1.3)', () => {
    expect([...encodeLength(0)]).toEqual([0x00])
    expect([...encodeLength(127)]).toEqual([0x7f])
    expect([...encodeLength(128)]).toEqual([0x81, 0x80])
    expect([...encodeLength(255)]).toEqual([0x81, 0xff])
    expect([...encodeLength(256)]).toEqual([0x82, 0x01, 0x00])
    expect([...encodeLength(65536)]).toEqual([0x83, 0x01, 0x00, 0x00])
  })

  it('reads back what it writes, and refuses a length past the end', () => {
    const element = encodeElement(0x04, new Uint8Array(200).fill(7))
    expect(readWhole(element)?.content).toEqual(new Uint8Array(200).fill(7))
    expect(readWhole(element.subarray(0, 150))).toBeNull()
    expect(readWhole(Uint8Array.of(0x30, 0x85, 1, 2, 3, 4, 5))).toBeNull()
  })

  it('spells object identifiers in dotted form', () => {
    const rsaEncryption = Uint8Array.of(
      0x2a,
      0x86,
      0x48,
      0x86,
      0xf7,
      0x0d,
      0x01,
      0x01,
      0x01,
    )
    expect(oidText(rsaEncryption)).toBe('1.2.840.113549.1.1.1')
    expect(oidText(Uint8Array.of(0x2b, 0x65, 0x70))).toBe('1.3.101.112')
    expect(oidText(Uint8Array.of(0x2a, 0x86))).toBeNull()
  })
})

describe('wrapPkcs1', () => {
  it('gives byte for byte the SubjectPublicKeyInfo OpenSSL writes for the same RSA key', () => {
    expect(wrapPkcs1(der('pkcs1'))).toEqual(der('spki'))
  })

  it('wraps 512- and 1024-bit keys too, whose lengths take the short and the one-byte form', () => {
    for (const modulusLength of [512, 1024]) {
      const { publicKey } = keyPair('rsa', { modulusLength })
      expect(wrapPkcs1(der('pkcs1', publicKey))).toEqual(der('spki', publicKey))
    }
  })
})

describe('classifyDer and spkiAlgorithm', () => {
  it('tells public keys, certificates and private keys apart by their DER shape', () => {
    const ec = keyPair('ec')
    const certificate = new X509Certificate(CERTIFICATE).raw
    expect(classifyDer(der('spki'))).toBe('spki')
    expect(classifyDer(der('pkcs1'))).toBe('pkcs1-public')
    expect(classifyDer(new Uint8Array(certificate))).toBe('certificate')
    expect(classifyDer(der('pkcs8', rsa.privateKey))).toBe('pkcs8-private')
    expect(classifyDer(der('pkcs1', rsa.privateKey))).toBe('pkcs1-private')
    expect(classifyDer(der('sec1', ec.privateKey))).toBe('sec1-private')
    expect(classifyDer(Uint8Array.of(0x30, 0x03, 0x04, 0x01, 0x00))).toBe('unknown')
  })

  it('names the jose alg to import each supported key with, and refuses the rest with a reason', () => {
    const spkiOf = (pair: ReturnType<typeof keyPair>) => der('spki', pair.publicKey)
    expect(spkiAlgorithm(der('spki')).importAlg).toBe('RS256')
    expect(spkiAlgorithm(spkiOf(keyPair('ec', { namedCurve: 'P-384' }))).importAlg).toBe(
      'ES384',
    )
    expect(spkiAlgorithm(spkiOf(keyPair('ec', { namedCurve: 'P-521' }))).importAlg).toBe(
      'ES512',
    )
    expect(spkiAlgorithm(spkiOf(keyPair('ed25519'))).importAlg).toBe('EdDSA')
    expect(
      spkiAlgorithm(spkiOf(keyPair('ec', { namedCurve: 'secp256k1' }))).refusal,
    ).toEqual({
      code: 'unsupported-key',
      message:
        'this is an EC key on secp256k1; JWS ECDSA in jose and WebCrypto covers P-256 (ES256), P-384 (ES384) and P-521 (ES512) only, so it cannot be verified here',
    })
    expect(spkiAlgorithm(spkiOf(keyPair('ed448'))).refusal?.code).toBe('unsupported-key')
    expect(spkiAlgorithm(spkiOf(keyPair('x25519'))).refusal?.code).toBe('not-for-signing')
  })
})

describe('certificateSpki and pemFromDer', () => {
  it('finds the key inside an X.509 certificate, as node reads it', () => {
    const certificate = new X509Certificate(CERTIFICATE)
    const expected = certificate.publicKey.export({ type: 'spki', format: 'der' })
    expect(certificateSpki(new Uint8Array(certificate.raw))).toEqual(
      new Uint8Array(expected),
    )
  })

  it('writes PEM with 64-character lines that OpenSSL reads back', () => {
    const pem = pemFromDer('PUBLIC KEY', der('spki'))
    expect(
      pem
        .split('\n')
        .slice(1, -1)
        .every((line) => line.length <= 64),
    ).toBe(true)
    expect(createPublicKey(pem).export({ type: 'spki', format: 'der' })).toEqual(
      Buffer.from(der('spki')),
    )
  })
})
