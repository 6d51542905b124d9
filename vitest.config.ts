import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real servers and real builds: give a slow shared machine room, but never hang CI.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
