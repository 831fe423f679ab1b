/**
 * Bundle size of each public subpath as a browser or mini-program bundler would ship it
 * (esbuild, minified, ESM, browser): with zod counted (what the app really ships) and with zod
 * left out (guanai's own code), plus a single-import case. Needs `npm run build` first.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '..');
if (!existsSync(resolve(ROOT, 'dist/index.js'))) throw new Error('run `npm run build` first');

async function bundledSize(source: string, countZod: boolean) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    external: countZod ? [] : ['zod'],
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return {
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code).length,
  };
}

const CASES: [string, string][] = [
  ['guanai (everything)', "export * from './dist/index.js';"],
  ['guanai/models', "export * from './dist/models.js';"],
  ['guanai/errors', "export * from './dist/errors.js';"],
  ['guanai/i18n', "export * from './dist/i18n.js';"],
  ['guanai/sample', "export * from './dist/sample.js';"],
  ['{ Elder, parseLedger } only', "export { Elder, parseLedger } from './dist/models.js';"],
  [
    '{ ResidentIdNumber, maskResidentId } only',
    "export { ResidentIdNumber, maskResidentId } from './dist/models.js';",
  ],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
console.log('\n## Bundle size (esbuild, minified, ESM, browser)\n');
console.log(
  '| import | min + gzip, zod counted | min + gzip, zod not counted | min, zod not counted | brotli, zod counted |',
);
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, source] of CASES) {
  const counted = await bundledSize(source, true);
  const own = await bundledSize(source, false);
  console.log(
    `| ${name} | ${kb(counted.gzip)} | ${kb(own.gzip)} | ${kb(own.min)} | ${kb(counted.brotli)} |`,
  );
}
