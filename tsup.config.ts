import { defineConfig } from 'tsup';
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

export default defineConfig({
  // rrule declares no "sideEffects": false, so a bundler keeps it wherever its importer's chunk
  // goes. As an entry of its own, expandRRule gets its own chunk: an app that uses VisitPlan or
  // occurrenceState alone never bundles rrule. (Not an export: dist/rrule-chunk.js is internal.)
  entry: { ...entries, 'rrule-chunk': 'src/recurrence/expandRRule.ts' },
  format: ['esm', 'cjs'],
  // TypeScript 6: tsup 8.5.1's dts step sets baseUrl, deprecated in TS 6 (error TS5101).
  dts: { compilerOptions: { ignoreDeprecations: '6.0' } },
  // No source maps in the package. Measured (npm pack --dry-run): with maps and their embedded
  // sources 2.0 MB packed / 8.2 MB unpacked; maps without sourcesContent 1.1 / 5.2 MB; no maps
  // 0.81 / 3.4 MB. The output is not minified, so a stack frame in dist/ reads as it stands, and
  // maps pointing at a src/ the tarball lacks make bundlers warn of missing source files.
  sourcemap: false,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  treeshake: true,
  splitting: true,
  // After both formats are built (tsup awaits them all first): JSON Schema of the public models
  // from the shipped dist/*.js, into dist/schemas/ (docs/json-schema.md).
  onSuccess: async () => {
    await writeJsonSchemas(process.cwd());
    writeDistStamp(process.cwd(), { build: 'package', inputs });
  },
});
