/**
 * `node test/build/ensureDist.mjs`: what every `npm run example:*` runs before its example, so
 * that the example imports guanai by its package name from an up-to-date dist/.
 *
 * When dist/ was built (by either build) from the files as they are now, it does nothing. Else it
 * builds what running needs: tsup.config.ts's two ESM builds (Node's chunks, dist/*.js, and the
 * bundlers' one file per module, dist/esm/) alone, with no declarations, no CommonJS, no JSON
 * Schemas and no tree-shaking pass (that pass and the declarations take most of the package
 * build's time and memory; none of them changes what runs). `npm run build` (and so
 * `npm test`) still writes the whole package.
 */
import { fileURLToPath } from 'node:url';
import { inputsDigest, isDistFresh, writeDistStamp } from './distStamp.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const inputs = inputsDigest(root);

if (!isDistFresh(root, ['package', 'examples'], inputs)) {
  const started = performance.now();
  console.error('guanai: building dist/ for the examples (ESM JavaScript only) …');
  // tsup resolves the entries and its config from the working directory.
  process.chdir(root);
  // Loaded only when needed: importing tsup alone takes about a second.
  const { build } = await import('tsup');
  try {
    // ESM alone: tsup.config.ts then runs its ESM builds alone, and leaves the stamp to us. No
    // tree-shaking pass over Node's chunks: it changes no result and triples the time.
    await build({
      config: 'tsup.config.ts',
      format: ['esm'],
      dts: false,
      treeshake: false,
      silent: true,
    });
    writeDistStamp(root, { build: 'examples', inputs });
    console.error(`guanai: built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch {
    // esbuild has printed where; its stack trace would add nothing.
    console.error('guanai: the build failed (see above); the example was not run');
    process.exitCode = 1;
  }
}
