import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { fromZodIssues } from '../errors/index.js';
import {
  Caregiver,
  Coordinates,
  Elder,
  PhoneNumber,
  Residence,
  ResidentIdNumber,
} from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { checkRecord } from './checkRecord.js';
import { quickCheck, UNSURE } from './quickCheck.js';

const sample = generateSampleCounty({ seed: 11, townships: 1, villagesPerTownship: 3, elders: 60 });
/** The records as a file's cells and JSON would give them: plain data, defaults written out. */
const plain = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value));
const elders = sample.elders.map(plain);
const caregivers = sample.caregivers.map(plain);

/** Every path to a value in a tree of objects and arrays, the root's own fields included. */
function pathsOf(tree: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof tree !== 'object' || tree === null) return [path];
  const entries = Array.isArray(tree) ? tree.map((v, i) => [i, v] as const) : Object.entries(tree);
  return [path, ...entries.flatMap(([key, value]) => pathsOf(value, [...path, key]))];
}

/** A copy with every object's keys in reverse order. */
function reversed(tree: unknown): unknown {
  if (Array.isArray(tree)) return tree.map(reversed);
  if (typeof tree !== 'object' || tree === null) return tree;
  return Object.fromEntries(
    Object.entries(tree)
      .reverse()
      .map(([k, v]) => [k, reversed(v)]),
  );
}

type Corruption =
  | { readonly kind: 'set'; readonly at: number; readonly value: unknown }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'add'; readonly at: number; readonly key: string; readonly value: unknown };

/** Values a bad cell or JSON may hold: wrong types, blank and padded text, odd numbers, undefined. */
const oddValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(undefined, '', ' ', ' 王 ', 'x'.repeat(201), Number.NaN, -0, 1.5, 1e21, -1),
  fc.constantFrom('2024-02-30', '2024-13-01', '530325101203', '999999999999', 'alone', 'son'),
  fc.constantFrom('migrantWork', 'married', '13800138000', '110101199003078888', true, false, null),
);
const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom('extra', 'name', '__proto__', 'toString', 'awaySince', 'children'),
    value: oddValue,
  }),
);

/** Apply corruptions to a copy of `record` at paths picked by index among its current paths. */
function corrupt(record: Record<string, unknown>, steps: readonly Corruption[]) {
  const copy = plain(record);
  for (const step of steps) {
    const paths = pathsOf(copy);
    const path = paths[step.at % paths.length] ?? [];
    const parentPath = step.kind === 'add' ? path : path.slice(0, -1);
    let parent: unknown = copy;
    for (const key of parentPath) parent = (parent as Record<string | number, unknown>)[key];
    if (typeof parent !== 'object' || parent === null) continue;
    const node = parent as Record<string | number, unknown>;
    if (step.kind === 'add')
      Object.defineProperty(node, step.key, {
        value: step.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    else if (path.length === 0) continue;
    else if (step.kind === 'delete') delete node[path.at(-1) as string | number];
    else node[path.at(-1) as string | number] = step.value;
  }
  return copy;
}

/** The property: whatever the quick check vouches for, zod accepts with the same output. */
function agreesWithZod(schema: typeof Elder | typeof Caregiver, record: Record<string, unknown>) {
  const quick = quickCheck(schema as typeof Elder, plain(record));
  const parsed = schema.safeParse(plain(record), { reportInput: true });
  if (quick === UNSURE) return;
  expect(parsed.success).toBe(true);
  expect(quick).toStrictEqual(parsed.data);
  // The same keys in the same order: what a written JSON cell would show.
  expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
}

describe('quickCheck', () => {
  it('vouches for every well-formed elder and caregiver, with the output zod gives', () => {
    for (const elder of elders) {
      expect(quickCheck(Elder, elder)).not.toBe(UNSURE);
      agreesWithZod(Elder, elder);
    }
    for (const caregiver of caregivers) agreesWithZod(Caregiver, caregiver);
  });

  it('gives zod’s key order when the input’s keys come in another order', () => {
    for (const elder of elders) agreesWithZod(Elder, reversed(elder) as Record<string, unknown>);
  });

  it('returns an elder whose keys come in the schema’s order, untransformed, as it is', () => {
    // The readers' records are checked without a copy only on this path: no object rebuilt.
    // (A caregiver is always zod's new output: its schema ends in a transform of the object.)
    for (const elder of elders.map((one) => plain(Elder.parse(one))))
      expect(quickCheck(Elder, elder)).toBe(elder);
    const elder = reversed(elders[0] ?? {}) as Record<string, unknown>;
    expect(quickCheck(Elder, elder)).not.toBe(elder);
  });

  it('never vouches for a corrupted record zod rejects, nor gives another output', () => {
    fc.assert(
      fc.property(
        fc.nat(elders.length - 1),
        fc.array(corruption, { minLength: 1, maxLength: 4 }),
        (pick, steps) => agreesWithZod(Elder, corrupt(elders[pick] ?? {}, steps)),
      ),
      { numRuns: 1500 },
    );
    fc.assert(
      fc.property(
        fc.nat(caregivers.length - 1),
        fc.array(corruption, { minLength: 1, maxLength: 3 }),
        (pick, steps) => agreesWithZod(Caregiver, corrupt(caregivers[pick] ?? {}, steps)),
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('leaves a rejected record to zod: checkRecord gives zod’s codes and paths', () => {
    fc.assert(
      fc.property(
        fc.nat(elders.length - 1),
        fc.array(corruption, { minLength: 1, maxLength: 3 }),
        (pick, steps) => {
          const record = corrupt(elders[pick] ?? {}, steps);
          const checked = checkRecord(Elder, plain(record));
          const parsed = Elder.safeParse(plain(record), { reportInput: true });
          expect(checked.ok).toBe(parsed.success);
          if (!checked.ok && !parsed.success)
            expect(checked.issues).toEqual(fromZodIssues(parsed.error.issues));
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('runs numbers, pipes and transforms (phones, resident IDs, map points, integers) as zod does', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('13800138000', '138 0013 8000', '+86 138-0013-8000', '０８７１-6512 3456'),
      fc.constantFrom('11010519491231002x', '110105491231002', '110105194912310021', ' 1 '),
    );
    const values = fc.oneof(
      texts,
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, 1e21, 90, 90.5, -180, 1980, 2200, 2201, 999, 1000, true, null, undefined),
      fc.jsonValue({ maxDepth: 1 }),
    );
    const schemas = [
      PhoneNumber,
      ResidentIdNumber,
      Coordinates.shape.latitude,
      Residence.shape.codeVintage,
      Residence.shape.group,
    ];
    fc.assert(
      fc.property(fc.nat(schemas.length - 1), values, (pick, value) => {
        const schema = schemas[pick] as typeof PhoneNumber;
        const quick = quickCheck(schema, value);
        const parsed = schema.safeParse(value);
        if (quick === UNSURE) return;
        expect(parsed.success).toBe(true);
        expect(Object.is(quick, parsed.data)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // What a file holds is vouched for, not left to zod.
    expect(quickCheck(PhoneNumber, '138 0013 8000')).toBe('13800138000');
    expect(quickCheck(ResidentIdNumber, '110105491231002')).toBe('11010519491231002X');
    expect(quickCheck(Coordinates, { latitude: -0, longitude: 102.71 })).toStrictEqual({
      latitude: 0,
      longitude: 102.71,
    });
    expect(quickCheck(Residence.shape.group, 3)).toBe(3);
    for (const bad of [1.5, 0, 1000, Number.NaN, Number.POSITIVE_INFINITY, '3'])
      expect(quickCheck(Residence.shape.group, bad)).toBe(UNSURE);
  });

  it('is unsure of anything but an object at the top', () => {
    for (const value of [null, undefined, [], 'E-1', 3])
      expect(quickCheck(Elder, value)).toBe(UNSURE);
  });

  it('takes optional, default and nullable wrappers off a field as zod runs them', () => {
    // Every wrapper order, a transform that gives undefined for 'u', a default under a nullable.
    const Wrapped = z.strictObject({
      a: z.string().optional(),
      b: z.string().nullable().optional(),
      c: z.number().optional().nullable(),
      d: z.string().default('x'),
      e: z
        .string()
        .transform((text) => (text === 'u' ? undefined : text.length))
        .optional(),
      f: z.enum(['p', 'q']).nullable().default(null),
      g: z.string().optional().nullable().optional(),
      h: z.number().nullable(),
    });
    const value = fc.constantFrom(undefined, null, '', 'u', 'p', 'q', 3, -0, Number.NaN, true);
    const record = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), value);
    fc.assert(
      fc.property(record, (input) => {
        const quick = quickCheck(Wrapped, { ...input });
        const parsed = Wrapped.safeParse({ ...input });
        if (quick === UNSURE) return;
        expect(parsed.success).toBe(true);
        expect(quick).toStrictEqual(parsed.data);
        expect(JSON.stringify(quick)).toBe(JSON.stringify(parsed.data));
        // -0 and 0 told apart, field by field.
        const output = (parsed.data ?? {}) as Record<string, unknown>;
        for (const key of Object.keys(output))
          expect(Object.is((quick as Record<string, unknown>)[key], output[key])).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(quickCheck(Wrapped, { b: null, c: null, e: 'ab', f: 'p', h: null })).toStrictEqual(
      Wrapped.parse({ b: null, c: null, e: 'ab', f: 'p', h: null }),
    );
    expect(quickCheck(Wrapped, { e: 'u', h: 1 })).toBe(UNSURE);
  });
});
