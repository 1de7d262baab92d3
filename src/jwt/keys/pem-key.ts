import { exportJWK, importSPKI, importX509 } from 'jose'
import { describeJwk } from './describe-key'
import {
  keyProblem,
  type KeyFormat,
  type KeyNotice,
  type KeyReading,
} from './key-reading'
import { readPemText } from './pem-text'
import {
  certificateSpki,
  classifyDer,
  pemFromDer,
  spkiAlgorithm,
  wrapPkcs1,
  type DerContent,
} from './spki'

const PUBLIC_CONTENT: Partial<
  Record<DerContent, { label: string; pem: KeyFormat; der: KeyFormat; name: string }>
> = {
  spki: {
    label: 'PUBLIC KEY',
    pem: 'pem-spki',
    der: 'der-spki',
    name: 'a SubjectPublicKeyInfo',
  },
  'pkcs1-public': {
    label: 'RSA PUBLIC KEY',
    pem: 'pem-pkcs1',
    der: 'der-pkcs1',
    name: 'a PKCS#1 RSA public key',
  },
  certificate: {
    label: 'CERTIFICATE',
    pem: 'x509',
    der: 'der-x509',
    name: 'an X.509 certificate',
  },
}

const PRIVATE_MESSAGE =
  'this is a private key; paste the public key. A verifier needs only the public half (-----BEGIN PUBLIC KEY----- or a certificate), and a private key should never leave its owner'

/**
 * Reads a PEM block, or a bare base64 body without its armour, as a public key:
 * SubjectPublicKeyInfo, PKCS#1 RSA public key (wrapped into SPKI, since importSPKI
 * takes only SPKI) or X.509 certificate, told apart by the DER itself. jose then
 * imports it (importSPKI, importX509), and the key is kept as a public JWK so it
 * can be used with any algorithm of its family.
 */
export async function readPemKey(text: string): Promise<KeyReading> {
  const pem = readPemText(text)
  if (!pem.ok) return pem
  const notices = [...pem.notices]
  const content = classifyDer(pem.der)
  const kind = PUBLIC_CONTENT[content]
  if (content.endsWith('private'))
    return keyProblem('private-key', PRIVATE_MESSAGE, notices)
  if (kind === undefined) {
    return keyProblem(
      'der-structure',
      'the base64 decodes to a DER structure that is neither a public key (SPKI or PKCS#1) nor an X.509 certificate: paste the signer\u2019s public key',
      notices,
    )
  }
  if (pem.label === null) {
    notices.push({
      code: 'armour-added',
      message: `added the missing -----BEGIN ${kind.label}----- and -----END ${kind.label}----- lines: the pasted text is the bare base64 of ${kind.name}`,
    })
  } else if (pem.label !== kind.label) {
    notices.push({
      code: 'label-mismatch',
      message: `the block is labelled "${pem.label}" but holds ${kind.name}; read it as "${kind.label}"`,
    })
  }
  if (content === 'pkcs1-public') {
    notices.push({
      code: 'pkcs1-wrapped',
      message:
        'wrapped the PKCS#1 RSA public key in a SubjectPublicKeyInfo (the same modulus and exponent behind the rsaEncryption identifier), the form WebCrypto imports',
    })
  }
  const format = pem.label === null ? kind.der : kind.pem
  const spki =
    content === 'certificate'
      ? certificateSpki(pem.der)
      : content === 'pkcs1-public'
        ? wrapPkcs1(pem.der)
        : pem.der
  if (spki === null) {
    return keyProblem(
      'der-structure',
      'the certificate has no readable SubjectPublicKeyInfo: it is damaged; copy it again',
      notices,
    )
  }
  return importPublicKey(pem.der, spki, content === 'certificate', format, notices)
}

async function importPublicKey(
  der: Uint8Array,
  spki: Uint8Array,
  isCertificate: boolean,
  format: KeyFormat,
  notices: readonly KeyNotice[],
): Promise<KeyReading> {
  const algorithm = spkiAlgorithm(spki)
  if (algorithm.refusal !== null || algorithm.importAlg === null) {
    const refusal = algorithm.refusal ?? {
      code: 'unsupported-key',
      message: 'unsupported key',
    }
    return keyProblem(refusal.code, refusal.message, notices)
  }
  const options = { extractable: true }
  try {
    const key = isCertificate
      ? await importX509(pemFromDer('CERTIFICATE', der), algorithm.importAlg, options)
      : await importSPKI(pemFromDer('PUBLIC KEY', spki), algorithm.importAlg, options)
    const jwk = await exportJWK(key)
    return {
      ok: true,
      key: {
        description: describeJwk(jwk, { format }),
        material: jwk,
        otherSecretReading: null,
      },
      notices,
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return keyProblem(
      'key-rejected',
      `jose could not import the key (${reason}): its bytes are damaged or it is not a key WebCrypto accepts; copy it again from its source`,
      notices,
    )
  }
}
