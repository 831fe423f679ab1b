/**
 * The module picture of docs/architecture (and ../shared/design/architecture.md) as a test:
 * imports only point down, a module reaches another only through its index.ts, i18n takes
 * only types from the domain, no file imports itself through a cycle, nothing is loaded
 * dynamically, and the clock is read only where an option asks for it. Every form of import
 * counts (see sourceScan.ts): `from`, side-effect, dynamic and type references.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scanSource } from './sourceScan.js';

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
  // ical takes the scheduling types only, to write a planVisits schedule as it comes.
  ical: ['_lib', 'errors', 'models', 'recurrence', 'scheduling', 'followup', 'i18n'],
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

/** Each source file with what it imports and where it reads the clock: parsed once. */
const SCANNED = sourceFiles(SRC).map((file) => ({
  file,
  ...scanSource(readFileSync(file, 'utf8')),
}));

function edges(): Edge[] {
  return SCANNED.flatMap(({ file, imports }) =>
    imports
      .filter((found) => found.specifier?.startsWith('.'))
      .map((found) => ({
        from: file,
        to: resolve(dirname(file), (found.specifier ?? '').replace(/\.js$/, '.ts')),
        typeOnly: found.typeOnly,
      })),
  );
}

/**
 * Files allowed to read the wall clock, and why: only where an option asks for wall-clock
 * time. Each must still read it (a stale entry fails), so moving the read moves the entry.
 */
const CLOCK_READERS: Readonly<Record<string, string>> = {
  'scheduling/solveAssignment.ts':
    '`timeLimitMs` is a wall-clock budget: the deadline is performance.now() + timeLimitMs',
  'scheduling/gapTabuSearch.ts':
    'the GAP search stops at the deadline solveAssignment set from `timeLimitMs`',
};

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

  it('loads no module at run time: no dynamic import() or require() in the library', () => {
    const loads = SCANNED.flatMap(({ file, imports }) =>
      imports
        .filter((found) => found.how === 'dynamic')
        .map((found) => `${relative(SRC, file)}:${found.line} ${found.specifier ?? '(computed)'}`),
    );
    expect(loads).toEqual([]);
  });

  it('keeps the library off the clock, but where an option asks for wall-clock time', () => {
    const readers = SCANNED.flatMap(({ file, clockReads }) =>
      clockReads.map((read) => ({
        file: relative(SRC, file),
        at: `${relative(SRC, file)}:${read.line} ${read.what}`,
      })),
    );
    expect(readers.filter((read) => !(read.file in CLOCK_READERS)).map((r) => r.at)).toEqual([]);
    expect(Object.keys(CLOCK_READERS).filter((f) => !readers.some((r) => r.file === f))).toEqual(
      [],
    );
  });
});
