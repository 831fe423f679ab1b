import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BUILD_FILES,
  buildInputs,
  inputsDigest,
  isDistFresh,
  readDistStamp,
  STAMP_FILE,
  writeDistStamp,
} from './distStamp.mjs';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

let root = '';
function put(file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'guanai-stamp-'));
  put('package.json', '{"name":"guanai"}');
  put('tsup.config.ts', 'export default {};');
  put('src/index.ts', "export * from './models/index.js';");
  put('src/models/index.ts', 'export const a = 1;');
  put('src/models/a.test.ts', 'test');
  put('src/models/a.test-d.ts', 'type test');
  mkdirSync(join(root, 'dist'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('buildInputs', () => {
  it('lists the sources but their tests, and the build files there are, sorted', () => {
    expect(buildInputs(root)).toEqual([
      'package.json',
      'src/index.ts',
      'src/models/index.ts',
      'tsup.config.ts',
    ]);
  });

  it('holds every file tsup.config.ts imports, so a change to one rebuilds', () => {
    const config = readFileSync(join(REPO, 'tsup.config.ts'), 'utf8');
    const local = [...config.matchAll(/from '\.\/([^']+)'/g)]
      .map((m) => (m[1] ?? '').replace(/\.js$/, '.ts'))
      .filter((file) => file !== 'test/build/distStamp.mjs');
    expect(local.length).toBeGreaterThan(0);
    for (const file of local) expect(BUILD_FILES).toContain(file);
  });
});

describe('inputsDigest', () => {
  it('is the same for the same files, whatever their times', () => {
    const before = inputsDigest(root);
    put('src/models/index.ts', 'export const a = 1;');
    expect(inputsDigest(root)).toBe(before);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with a source, a new source, a moved source or a build file', () => {
    const seen = new Set([inputsDigest(root)]);
    put('src/models/index.ts', 'export const a = 2;');
    seen.add(inputsDigest(root));
    put('src/models/b.ts', '');
    seen.add(inputsDigest(root));
    rmSync(join(root, 'src/models/b.ts'));
    put('src/models/c.ts', '');
    seen.add(inputsDigest(root));
    put('package-lock.json', '{}');
    seen.add(inputsDigest(root));
    expect(seen.size).toBe(5);
  });

  it('does not change with a test beside the source', () => {
    const before = inputsDigest(root);
    put('src/models/a.test.ts', 'another test');
    put('src/models/b.test.ts', 'a new test');
    expect(inputsDigest(root)).toBe(before);
  });
});

describe('isDistFresh', () => {
  it('is false until a build has written its stamp', () => {
    expect(readDistStamp(root)).toBeUndefined();
    expect(isDistFresh(root, ['package', 'examples'])).toBe(false);
  });

  it('is true for the builds asked for, from the inputs as they are', () => {
    writeDistStamp(root, { build: 'examples', inputs: inputsDigest(root) });
    expect(readDistStamp(root)?.build).toBe('examples');
    expect(isDistFresh(root, ['package', 'examples'])).toBe(true);
    expect(isDistFresh(root, ['package'])).toBe(false);
  });

  it('is false once a source changes, and for a stamp it cannot read', () => {
    writeDistStamp(root, { build: 'package', inputs: inputsDigest(root) });
    put('src/index.ts', 'export {};');
    expect(isDistFresh(root, ['package'])).toBe(false);
    writeFileSync(join(root, STAMP_FILE), '{"build":');
    expect(readDistStamp(root)).toBeUndefined();
    expect(isDistFresh(root, ['package'])).toBe(false);
  });
});
