/**
 * The module picture of docs/architecture (and ../shared/design/architecture.md) as a test:
 * imports only point down, a module reaches another only through its index.ts, i18n takes
 * only types from the domain, and no file imports itself through a cycle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** What each module may import at run time (besides itself). `root` is src/index.ts. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  errors: [],
  _lib: ['errors'],
  models: ['_lib', 'errors'],
  calendar: ['_lib', 'errors', 'models'],
  eligibility: ['_lib', 'errors', 'models'],
  recurrence: ['_lib', 'errors', 'models', 'calendar'],
  scheduling: ['_lib', 'errors', 'models', 'calendar', 'eligibility', 'recurrence'],
  compliance: ['_lib', 'errors', 'models', 'calendar', 'eligibility', 'recurrence', 'scheduling'],
  followup: [
    '_lib',
    'errors',
    'models',
    'calendar',
    'eligibility',
    'recurrence',
    'scheduling',
    'compliance',
  ],
  io: ['_lib', 'errors', 'models', 'compliance', 'i18n'],
  xlsx: ['errors', 'io'],
  i18n: ['_lib', 'errors'],
  ical: ['_lib', 'errors', 'models', 'recurrence', 'followup', 'i18n'],
  // Sample data is a leaf above the domain: nothing in src imports it, and it takes the types of
  // what it simulates (visits, visit records) from the modules that define them.
  sample: ['_lib', 'errors', 'models', 'recurrence', 'compliance'],
};
/** Modules whose types (only) i18n may import, to label their codes and enums. */
const TYPE_ONLY_FOR_I18N = [
  'models',
  'calendar',
  'eligibility',
  'recurrence',
  'scheduling',
  'compliance',
  'followup',
];

interface Edge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) ? [path] : [];
  });
}

function moduleOf(file: string): string {
  const [first = '', second] = relative(SRC, file).split('/');
  return second === undefined ? 'root' : first;
}

const IMPORT = /^\s*(import|export)\s+(type\s+)?[^'";]*?\sfrom\s+['"]([^'"]+)['"]/gm;

function edges(): Edge[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)]
      .filter((match) => match[3]?.startsWith('.'))
      .map((match) => ({
        from: file,
        to: resolve(dirname(file), (match[3] ?? '').replace(/\.js$/, '.ts')),
        typeOnly: match[2] !== undefined,
      })),
  );
}

describe('module picture', () => {
  const all = edges();

  it('reads the imports of every source file', () => {
    expect(all.length).toBeGreaterThan(20);
  });

  it('imports only point down', () => {
    const wrong = all.filter((edge) => {
      const from = moduleOf(edge.from);
      const to = moduleOf(edge.to);
      if (from === to || from === 'root') return false;
      if (from === 'i18n' && edge.typeOnly && TYPE_ONLY_FOR_I18N.includes(to)) return false;
      return !(ALLOWED[from] ?? []).includes(to);
    });
    expect(wrong.map((edge) => `${relative(SRC, edge.from)} -> ${relative(SRC, edge.to)}`)).toEqual(
      [],
    );
  });

  it('reaches another module only through its index.ts (private _lib aside)', () => {
    const wrong = all.filter((edge) => {
      const to = moduleOf(edge.to);
      return moduleOf(edge.from) !== to && to !== '_lib' && !edge.to.endsWith('/index.ts');
    });
    expect(wrong.map((edge) => `${relative(SRC, edge.from)} -> ${relative(SRC, edge.to)}`)).toEqual(
      [],
    );
  });

  it('has no import cycles between files', () => {
    const next = new Map<string, string[]>();
    for (const edge of all) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push(
          [...trail.slice(trail.indexOf(file)), file].map((f) => relative(SRC, f)).join(' -> '),
        );
        return;
      }
      state.set(file, 'open');
      for (const to of next.get(file) ?? []) visit(to, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of next.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });

  it('keeps the library off the clock', () => {
    const readers = sourceFiles(SRC).filter((file) =>
      /Date\.now\(|new Date\(\s*\)/.test(readFileSync(file, 'utf8')),
    );
    expect(readers.map((file) => relative(SRC, file))).toEqual([]);
  });
});
