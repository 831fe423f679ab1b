/**
 * Bundle size of each public subpath as a browser or mini-program bundler would ship it
 * (esbuild, minified, ESM, browser), importing guanai by its package name from the built
 * package as an app does: with zod counted (what the app really ships) and with zod left out
 * (guanai's own code), plus the single imports the issues name, beside chinese-days and
 * solarlunar bundled on the same terms. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { bundledSize, kb, ROOT } from './bundle.js';

if (!existsSync(resolve(ROOT, 'dist/esm/index.js'))) throw new Error('run `npm run build` first');

const CASES: [string, string][] = [
  ['guanai (everything)', "export * from 'guanai';"],
  ['guanai/models', "export * from 'guanai/models';"],
  ['guanai/calendar', "export * from 'guanai/calendar';"],
  ['guanai/errors', "export * from 'guanai/errors';"],
  ['guanai/i18n', "export * from 'guanai/i18n';"],
  ['guanai/sample', "export * from 'guanai/sample';"],
  ['{ Elder, parseLedger } only', "export { Elder, parseLedger } from 'guanai/models';"],
  [
    '{ ResidentIdNumber, maskResidentId } only',
    "export { ResidentIdNumber, maskResidentId } from 'guanai/models';",
  ],
  ['{ dayInfo } only', "export { dayInfo } from 'guanai/calendar';"],
  ['{ toLunar, festivalDate } only', "export { toLunar, festivalDate } from 'guanai/calendar';"],
  ['{ classifyElder } only', "export { classifyElder } from 'guanai/eligibility';"],
  ['{ occurrenceState } only', "export { occurrenceState } from 'guanai/recurrence';"],
  ['{ solveAssignment } only', "export { solveAssignment } from 'guanai/scheduling';"],
  ['chinese-days (holidays + lunar)', "export { default } from 'chinese-days';"],
  ['solarlunar (lunar only)', "export { default } from 'solarlunar';"],
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
