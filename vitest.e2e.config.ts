import { defineConfig } from 'vitest/config'

// End-to-end tests drive Debian's Chromium against the production build, served
// under a sub-path, as a course author would host it.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
