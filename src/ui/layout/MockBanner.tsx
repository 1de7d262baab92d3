import type { MockStatus } from '../../transport/mock-status'
import { webCryptoAvailable } from '../shared/web-crypto'

/** Explains, prominently, why nothing can be sent when the mock server is off. */
export function MockBanner({ mock }: { readonly mock: MockStatus }) {
  if (mock.state === 'active') return null
  if (mock.state === 'starting') {
    return (
      <p className="mock-banner mock-banner-starting" role="status">
        Starting the mock server in this page… The step buttons wait until it answers.
      </p>
    )
  }
  return (
    <div className="mock-banner mock-banner-unavailable" role="alert">
      <h2>The mock server is off</h2>
      <p>{mock.message}</p>
      {mock.workerUrl === null ? null : (
        <p>
          Service Worker tried: <code className="breakable">{mock.workerUrl}</code>
        </p>
      )}
      <p>
        The buttons that send requests are disabled.{' '}
        {webCryptoAvailable()
          ? 'The token box still decodes and checks any JWT you paste.'
          : 'The token box still decodes any JWT you paste, but it cannot check signatures in this window, which has no Web Crypto API.'}
      </p>
    </div>
  )
}
