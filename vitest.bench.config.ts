import { defineConfig } from 'vitest/config'

// Benchmarks report figures (operations per second); they never pass or fail on speed.
export default defineConfig({
  test: {
    name: 'bench',
    environment: 'node',
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
})
