import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests of what a user gets: the examples and the browser page, run against the built dist/. */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['test/built/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
