import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { lessonCatalog } from './scripts/lesson-catalog-plugin.ts'
import { mswWorker } from './scripts/msw-worker-plugin.ts'

// The base path is set at build time (`npm run build -- --base /course/auth/`), so one
// build serves from any sub-path its author chooses.
export default defineConfig({
  plugins: [react(), mswWorker(), lessonCatalog()],
  server: { port: 5173 },
})
