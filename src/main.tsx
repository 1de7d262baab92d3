import { createRoot } from 'react-dom/client'
import { pageStorage } from './store/saved-progress'
import { startMockServer } from './transport/start-mock-server'
import { mountApp } from './ui/mount-app'

const container = document.getElementById('root')
if (container === null)
  throw new TypeError('index.html has no #root element to render into')

// The page draws at once with the mock server "starting"; requests wait until the
// worker controls the page (docs/decisions/0002).
mountApp(createRoot(container), startMockServer(), {
  storage: pageStorage(),
  reload: () => location.reload(),
})
