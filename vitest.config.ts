import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { lessonCatalog } from './scripts/lesson-catalog-plugin.ts'

export default defineConfig({
  plugins: [react(), lessonCatalog()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['test/ui/setup.ts'],
        },
      },
    ],
  },
})
