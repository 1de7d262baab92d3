import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { startMockServer } from './transport/start-mock-server'
import { App } from './ui/App'

const container = document.getElementById('root')
if (container === null)
  throw new TypeError('index.html has no #root element to render into')
const root = createRoot(container)

// Nothing renders, so nothing can send, until the worker controls the page: a request
// sent earlier would escape the mock and reach the static host (docs/decisions/0002).
// startMockServer never rejects; when the worker cannot run, the app still renders
// with the reason, and the tools that need no server keep working.
void startMockServer().then(({ status, send }) => {
  root.render(
    <StrictMode>
      <App mock={status} send={send} />
    </StrictMode>,
  )
})
