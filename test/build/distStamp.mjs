/**
 * Was dist/ built from the sources as they are now? Every build (the package's, tsup.config.ts,
 * and the examples' JavaScript-only one, ensureDist.mjs) ends by writing dist/build-inputs.json: which
 * build it was and a SHA-256 over the path and bytes of every file the build reads. Comparing
 * that digest with one of the files as they are now is deterministic (no clocks: git sets a file's
 * mtime to the time of checkout) and cheap (about 2 MB read and hashed, a few tens of ms).
 *
 * Plain JavaScript, not TypeScript: the examples' npm scripts run it with `node` before every
 * example, where starting a TypeScript loader would cost more than the check (distStamp.d.mts
 * gives its types).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Where a build records what it was built from (relative to the project root). */
// Not a dotfile: tsup's clean, at the start of every build, removes it with the rest, so a build
// stopped half-way never passes for a finished one. package.json "files" leaves it unpublished.
export const STAMP_FILE = 'dist/build-inputs.json';

/** Files outside src/ that decide what a build writes: externals, versions, options, schemas. */
export const BUILD_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsup.config.ts',
  'test/generate/jsonSchemas.ts',
];

/** Tests beside the source, which no build reads. */
const TEST_FILE = /\.test(-d)?\.ts$/;

/**
 * The files a build reads: every file under src/ but tests, and {@link BUILD_FILES}, as paths
 * relative to `root` with `/` separators, sorted.
 * @example buildInputs(process.cwd()) // ['package-lock.json', 'package.json', 'src/_lib/…', …]
 */
export function buildInputs(root) {
  const sources = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !TEST_FILE.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  const others = BUILD_FILES.filter((file) => existsSync(join(root, file)));
  // Code-unit order, not locale order: the same on every host.
  return [...sources, ...others].sort();
}

/**
 * SHA-256 (hex) of the build's inputs: each file's path, length and bytes, in path order.
 * @example inputsDigest(process.cwd()) // '3f1c…' (64 hex digits)
 */
export function inputsDigest(root) {
  const hash = createHash('sha256');
  for (const file of buildInputs(root)) {
    const bytes = readFileSync(join(root, file));
    // The length keeps one file's end from passing for the next one's start.
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest('hex');
}

/**
 * The stamp of the last build that finished, or undefined (none, or unreadable).
 * @example readDistStamp(process.cwd()) // { build: 'package', inputs: '3f1c…' }
 */
export function readDistStamp(root) {
  try {
    const stamp = JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8'));
    return typeof stamp?.build === 'string' && typeof stamp?.inputs === 'string'
      ? { build: stamp.build, inputs: stamp.inputs }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Record a finished build. `inputs` is the digest taken when the build started, so that a file
 * saved during the build leaves dist/ stale, as it is.
 * @example writeDistStamp(root, { build: 'examples', inputs: inputsDigest(root) })
 */
export function writeDistStamp(root, stamp) {
  writeFileSync(
    join(root, STAMP_FILE),
    `${JSON.stringify({ build: stamp.build, inputs: stamp.inputs }, null, 2)}\n`,
  );
}

/**
 * Whether dist/ was built by one of `builds` from the inputs as they are now.
 * @example isDistFresh(root, ['package']) // false after any file in src/ changed
 */
export function isDistFresh(root, builds, inputs = inputsDigest(root)) {
  const stamp = readDistStamp(root);
  return stamp !== undefined && builds.includes(stamp.build) && stamp.inputs === inputs;
}
