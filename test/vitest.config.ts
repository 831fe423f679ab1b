import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // One module graph per worker: no suite keeps global state (each passes alone too), and
    // skipping the re-import of every module per file halves the suite on 2 cores.
    isolate: false,
    // Property tests and county-sized goldens are correctness tests, not timings: a few take
    // 5–8 s on a loaded 2-core machine, past vitest's 5 s default. A hang is still caught.
    testTimeout: 30_000,
    // test/built runs after the build, against dist/ (npm run test:built).
    exclude: ['test/built/**', '**/node_modules/**'],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'] },
    coverage: { provider: 'v8', include: ['src/**'], reporter: ['text'] },
  },
});
