import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASOF, base } from '../../test/fixtures/elder.js';
import { GuanaiError } from '../errors/index.js';
import { Elder, parse, safeParse } from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { diagnoseElder } from './diagnoseElder.js';

type Json = Record<string, unknown>;

/** Valid elders with many facts recorded: a sample county's and the fixture's. */
const POOL: readonly Json[] = [
  ...generateSampleCounty({ seed: 8, elders: 30, townships: 1, villagesPerTownship: 2 }).elders,
  parse(Elder, base()),
].map((elder) => structuredClone(elder) as Json);

/** Every path inside a value, to objects and arrays as well as leaves. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [path];
  const keys = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [path, ...keys.flatMap((key) => pathsOf((value as Json)[key], [...path, key]))];
}

/** A copy of `elder` with the value at `path` replaced (or deleted, for `undefined`). */
function corrupted(elder: Json, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(elder);
  let parent = copy as Json;
  for (const key of path.slice(0, -1)) parent = parent[key] as Json;
  const last = path[path.length - 1] as string;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

const BAD_VALUES = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -1,
  Number.NaN,
  true,
  'x',
  '',
  '2026-02-30',
  '2026-06-30',
  [],
  {},
  [1],
  { a: 1 },
);

const corruptions = fc
  .nat(POOL.length - 1)
  .chain((index) =>
    fc.tuple(
      fc.constant(POOL[index] as Json),
      fc.constantFrom(...pathsOf(POOL[index])),
      BAD_VALUES,
    ),
  );

const CLASSIFIERS = [classifyElder, classifyStatuses] as const;

describe('diagnoseElder (a failure on an elder not run through the schema)', () => {
  it('throws a GuanaiError at one of the schema’s own issue paths, or invalid_argument at []', () => {
    let named = 0;
    fc.assert(
      fc.property(
        corruptions,
        fc.constantFrom(...CLASSIFIERS),
        ([elder, path, value], classify) => {
          const bad = corrupted(elder, path, value);
          let thrown: unknown;
          try {
            classify(bad as never, { asOf: ASOF });
          } catch (error) {
            thrown = error;
          }
          if (thrown === undefined) return;
          expect(thrown).toBeInstanceOf(GuanaiError);
          const [found] = (thrown as GuanaiError).issues;
          const result = safeParse(Elder, bad);
          const schemaPaths = result.ok ? [] : result.issues.map((issue) => issue.path);
          if (found?.code === 'invalid_argument') expect(found.path).toEqual([]);
          else {
            expect(schemaPaths).toContainEqual(found?.path);
            named++;
          }
        },
      ),
      { numRuns: 2000 },
    );
    // The corruptions reach the table: most failures name a field, not the whole elder.
    expect(named).toBeGreaterThan(20);
  });

  it('names the first field of the wrong type, with the raw failure as cause', () => {
    const raw = new TypeError('boom');
    const elder = { ...base(), household: { children: [{ awaySince: 20240101 }] } };
    const error = diagnoseElder(raw, elder, 'elder') as GuanaiError;
    expect(error.issues).toEqual([
      {
        code: 'invalid_type',
        path: ['household', 'children', 0, 'awaySince'],
        params: { expected: 'string', received: 'number' },
      },
    ]);
    expect(error.cause).toBe(raw);
    const badDate = diagnoseElder(raw, { ...base(), birthDate: '1950-02-30' }, 'elder');
    expect((badDate as GuanaiError).issues[0]).toMatchObject({
      code: 'invalid_plain_date',
      path: ['birthDate'],
    });
    expect((diagnoseElder(raw, 5, 'elder', ['elders', 3]) as GuanaiError).issues[0]).toEqual({
      code: 'invalid_type',
      path: ['elders', 3],
      params: { expected: 'object', received: 'number' },
    });
  });

  it('gives invalid_argument with the cause when every field it knows is of the right type', () => {
    const raw = new RangeError('odd');
    const error = diagnoseElder(raw, parse(Elder, base()), 'elder') as GuanaiError;
    expect(error.issues).toEqual([
      { code: 'invalid_argument', path: [], params: { name: 'elder', rule: 'object' } },
    ]);
    expect(error.cause).toBe(raw);
  });

  it('gives a coded failure itself when every field it knows is of the right type', () => {
    const coded = new GuanaiError([
      { code: 'invalid_plain_date', path: ['asOf'], params: { value: '9999-99-99' } },
    ]);
    expect(diagnoseElder(coded, parse(Elder, base()), 'elder')).toBe(coded);
  });

  it('passes an error of another class unchanged (the caller’s own getter)', () => {
    class Mine extends Error {}
    const mine = new Mine('getter');
    expect(diagnoseElder(mine, {}, 'elder')).toBe(mine);
  });
});
