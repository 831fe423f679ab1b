import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${root}/`), 'utf8'));
const run = promisify(execFile);

type Conditions = { require: { types: string } };

/** Every public subpath but the root, the JSON Schemas' wildcard and package.json itself. */
const subpaths = Object.entries(pkg.exports as Record<string, Conditions | string>).filter(
  (entry): entry is [string, Conditions] =>
    entry[0] !== '.' && entry[0] !== './package.json' && typeof entry[1] !== 'string',
);

describe('package.json', () => {
  // An exact version in "dependencies" gives an app a second copy as soon as it needs a newer one.
  it('asks for its runtime dependencies as caret ranges', () => {
    const ranges = Object.values(pkg.dependencies as Record<string, string>);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range).toMatch(/^\^\d+\.\d+\.\d+$/);
  });

  // `moduleResolution: node10` ignores "exports": typesVersions is all it has for a subpath.
  it('maps every subpath to its declarations for node10 resolution', () => {
    const mapped = pkg.typesVersions['*'] as Record<string, string[]>;
    expect(subpaths.length).toBeGreaterThan(10);
    for (const [subpath, conditions] of subpaths)
      expect(mapped[subpath.slice(2)], subpath).toEqual([conditions.require.types.slice(2)]);
    expect(Object.keys(mapped)).toHaveLength(subpaths.length);
  });
});

describe('the packed tarball', () => {
  it('holds no source maps and no comment pointing at one', async () => {
    const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as [{ files: { path: string }[] }];
    const files = packed.files.map((file) => file.path);
    expect(files).toContain('dist/esm/index.js');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    for (const file of files.filter((name) => /\.c?js$/.test(name)))
      expect(readFileSync(`${root}/${file}`, 'utf8'), file).not.toContain('sourceMappingURL');
  });
});
