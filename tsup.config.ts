import { rmSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';
import { inputsDigest, writeDistStamp } from './test/build/distStamp.mjs';
import { writeJsonSchemas } from './test/generate/jsonSchemas.js';

/** One entry per public subpath, so a mini-program that needs only the schemas bundles only them. */
export const entries = {
  index: 'src/index.ts',
  errors: 'src/errors/index.ts',
  models: 'src/models/index.ts',
  calendar: 'src/calendar/index.ts',
  eligibility: 'src/eligibility/index.ts',
  recurrence: 'src/recurrence/index.ts',
  ical: 'src/ical/index.ts',
  scheduling: 'src/scheduling/index.ts',
  compliance: 'src/compliance/index.ts',
  followup: 'src/followup/index.ts',
  io: 'src/io/index.ts',
  xlsx: 'src/xlsx/index.ts',
  i18n: 'src/i18n/index.ts',
  sample: 'src/sample/index.ts',
};

// What dist/ is built from, taken as the build starts; written to dist/build-inputs.json once it
// is out, so that the examples' scripts use this build rather than make their own.
const inputs = inputsDigest(process.cwd());

/** The JavaScript builds of the package not yet finished; the stamp is written after the last. */
const unfinished = new Set(['esm', 'node', 'cjs']);
function finished(build: string): void {
  unfinished.delete(build);
  if (unfinished.size === 0) writeDistStamp(process.cwd(), { build: 'package', inputs });
}

/** What every build shares. */
const common: Options = {
  // No source maps in the package. Measured (npm pack --dry-run): with maps and their embedded
  // sources 2.0 MB packed / 8.2 MB unpacked; maps without sourcesContent 1.1 / 5.2 MB; no maps
  // 0.81 / 3.4 MB. The output is not minified, so a stack frame in dist/ reads as it stands, and
  // maps pointing at a src/ the tarball lacks make bundlers warn of missing source files.
  sourcemap: false,
  target: 'node20',
  platform: 'neutral',
};

/**
 * ESM for bundlers (the `default` condition), one file per source module: dist/esm/<module>/
 * <file>.js, not bundled. Chunks put every module with the same set of entries that reach it
 * into one file, so `dayInfo` shared a chunk with schemas whose top-level zod calls an app's
 * bundler cannot drop (35 kB gzip with zod where the function needs 4). File by file, with
 * "sideEffects" in package.json, an app's bundler keeps only the modules its imports reach —
 * and rrule only when expandRRule is reached.
 */
const esm: Options = {
  ...common,
  name: 'esm',
  entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.test-d.ts'],
  outDir: 'dist/esm',
  format: ['esm'],
  bundle: false,
  splitting: false,
  treeshake: false,
  // After the ESM build: JSON Schema of the public models from the shipped dist/esm, into
  // dist/schemas/ (docs/json-schema.md).
  onSuccess: async () => {
    await writeJsonSchemas(process.cwd());
    finished('esm');
  },
};

/**
 * What Node loads, bundled per subpath with shared chunks: ESM for the `node` condition
 * (dist/*.js) and CommonJS (dist/*.cjs). Node has no tree-shaking to serve, and it loads a few
 * chunks much faster than some 330 files (measured: `import('guanai')` 0.32 s CPU from chunks,
 * 0.50 s file by file).
 */
const bundled: Options = {
  ...common,
  // rrule declares no "sideEffects": false, so a bundler keeps it wherever its importer's chunk
  // goes. As an entry of its own, expandRRule gets its own chunk: an app that uses VisitPlan or
  // occurrenceState alone never bundles rrule. (Not an export: dist/rrule-chunk.* is internal.)
  entry: { ...entries, 'rrule-chunk': 'src/recurrence/expandRRule.ts' },
  treeshake: true,
  splitting: true,
};
const node: Options = {
  ...bundled,
  name: 'node',
  format: ['esm'],
  onSuccess: async () => finished('node'),
};
const cjs: Options = {
  ...bundled,
  name: 'cjs',
  format: ['cjs'],
  onSuccess: async () => finished('cjs'),
};

/** Declarations of each subpath, .d.ts for ESM and .d.cts for CommonJS (no JavaScript). */
const types: Options = {
  ...common,
  name: 'types',
  entry: entries,
  format: ['esm', 'cjs'],
  // TypeScript 6: tsup 8.5.1's dts step sets baseUrl, deprecated in TS 6 (error TS5101).
  dts: { only: true, compilerOptions: { ignoreDeprecations: '6.0' } },
};

export default defineConfig((overrides) => {
  // tsup starts the builds together, and each one's own `clean` would race the others' output:
  // dist/ is emptied once, here, before any of them starts.
  rmSync('dist', { recursive: true, force: true });
  // A build asked for ESM alone (the examples' ensureDist.mjs, which writes its own stamp) runs
  // the two ESM builds alone: Node's for the examples, the bundlers' for the browser page.
  const asked = [overrides.format].flat();
  if (asked.length === 1 && asked[0] === 'esm') {
    return [esm, node].map(({ onSuccess, ...build }) => build);
  }
  return [esm, node, cjs, types];
});
