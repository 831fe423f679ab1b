/**
 * Bundle size of each public subpath as a browser or mini-program bundler would ship it
 * (esbuild, minified, ESM, browser): with zod counted (what the app really ships) and with zod
 * left out (guanai's own code), plus single-import cases. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledSize, kb, ROOT } from './bundle.js';

if (!existsSync(resolve(ROOT, 'dist/index.js'))) throw new Error('run `npm run build` first');

const CASES: [string, string][] = [
  ['guanai (everything)', "export * from './dist/index.js';"],
  ['guanai/models', "export * from './dist/models.js';"],
  ['guanai/calendar', "export * from './dist/calendar.js';"],
  ['guanai/errors', "export * from './dist/errors.js';"],
  ['guanai/i18n', "export * from './dist/i18n.js';"],
  ['guanai/sample', "export * from './dist/sample.js';"],
  ['{ Elder, parseLedger } only', "export { Elder, parseLedger } from './dist/models.js';"],
  [
    '{ ResidentIdNumber, maskResidentId } only',
    "export { ResidentIdNumber, maskResidentId } from './dist/models.js';",
  ],
];

console.log('\n## Bundle size (esbuild, minified, ESM, browser)\n');
console.log(
  '| import | min + gzip, zod counted | min + gzip, zod not counted | min, zod not counted | brotli, zod counted |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, source] of CASES) {
  const counted = await bundledSize(source);
  const own = await bundledSize(source, ['zod']);
  console.log(
    `| ${name} | ${kb(counted.gzip)} | ${kb(own.gzip)} | ${kb(own.min)} | ${kb(counted.brotli)} |`,
  );
}
