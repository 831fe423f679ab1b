import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { CountyArea } from './area.js';
import { Caregiver } from './caregiver.js';
import { Elder } from './elder.js';
import { Extensions } from './extensions.js';
import { Pairing } from './pairing.js';
import { PlainDate } from './plainDate.js';
import { MAX_INPUT_DEPTH, parse, parseRows, safeParse } from './validate.js';

const elder = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: '王秀英',
  residence: { villageCode: '530325101203' },
  ...extra,
});

describe('safeParse and parse', () => {
  it('returns the parsed value', () => {
    expect(safeParse(PlainDate, '2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
    expect(parse(PlainDate, '2024-02-29')).toBe('2024-02-29');
    const result = safeParse(Elder, elder('E-1'));
    expect(result.ok && result.value.benefits).toEqual([]);
  });

  it('returns every issue, with the JSON type received', () => {
    expect(safeParse(Elder, { id: 5, name: '', residence: null })).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_type', path: ['id'], params: { expected: 'string', received: 'number' } },
        {
          code: 'too_small',
          path: ['name'],
          params: { origin: 'string', minimum: 1, inclusive: true },
        },
        {
          code: 'invalid_type',
          path: ['residence'],
          params: { expected: 'object', received: 'null' },
        },
      ],
    });
  });

  it('parse throws GuanaiError carrying every issue', () => {
    let caught: unknown;
    try {
      parse(Elder, { id: 'E-1' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(GuanaiError);
    const error = caught as GuanaiError;
    expect(error.issues).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        params: { expected: 'string', received: 'undefined' },
      },
      {
        code: 'invalid_type',
        path: ['residence'],
        params: { expected: 'object', received: 'undefined' },
      },
    ]);
    // The sentence is guanai/i18n's when a test before this one loaded it (one module graph).
    expect(error.message).toMatch(/^name: .+ \[invalid_type\] \(and 1 more\)$/);
  });

  it('never throws on arbitrary input (property)', () => {
    const schemas = [Elder, Caregiver, Pairing, CountyArea, PlainDate] as const;
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
        }),
        (input) => {
          for (const schema of schemas) {
            const result = safeParse(schema, input);
            expect(typeof result.ok).toBe('boolean');
            if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws when one field of a valid elder is replaced by anything (property)', () => {
    const keys = [
      'id',
      'name',
      'residentId',
      'birthDate',
      'sex',
      'phone',
      'residence',
      'household',
      'health',
      'benefits',
      'consent',
      'extensions',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything(), (key, value) => {
        const result = safeParse(Elder, {
          ...elder('E-1', { residentId: '11010519491231002X' }),
          [key]: value,
        });
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseRows', () => {
  it('keeps good rows with their input indexes and returns each bad row with its issues', () => {
    const rows = [elder('E-1'), { id: 'E-2' }, elder('E-3'), 'garbage', elder('E-5', { sex: 'x' })];
    const result = parseRows(Elder, rows);
    expect(result.valid.map((row) => row.id)).toEqual(['E-1', 'E-3']);
    expect(result.validIndexes).toEqual([0, 2]);
    expect(result.invalid).toEqual([
      {
        index: 1,
        issues: [
          {
            code: 'invalid_type',
            path: ['name'],
            params: { expected: 'string', received: 'undefined' },
          },
          {
            code: 'invalid_type',
            path: ['residence'],
            params: { expected: 'object', received: 'undefined' },
          },
        ],
      },
      {
        index: 3,
        issues: [
          { code: 'invalid_type', path: [], params: { expected: 'object', received: 'string' } },
        ],
      },
      {
        index: 4,
        issues: [{ code: 'invalid_value', path: ['sex'], params: { allowed: ['male', 'female'] } }],
      },
    ]);
  });

  it('reports a repeated id as duplicate_id pointing at the first row', () => {
    const rows = [elder('E-1'), elder('E-2'), elder('E-1'), elder(' E-2 '), elder('E-1')];
    const result = parseRows(Elder, rows, (row) => row.id);
    expect(result.validIndexes).toEqual([0, 1]);
    expect(result.invalid).toEqual([
      {
        index: 2,
        issues: [
          { code: 'duplicate_id', path: ['id'], params: { id: 'E-1', firstPath: [0, 'id'] } },
        ],
      },
      {
        index: 3,
        issues: [
          { code: 'duplicate_id', path: ['id'], params: { id: 'E-2', firstPath: [1, 'id'] } },
        ],
      },
      {
        index: 4,
        issues: [
          { code: 'duplicate_id', path: ['id'], params: { id: 'E-1', firstPath: [0, 'id'] } },
        ],
      },
    ]);
  });

  it('only counts valid rows as first occurrences', () => {
    const result = parseRows(Elder, [elder('E-1', { sex: 'x' }), elder('E-1')], (row) => row.id);
    expect(result.validIndexes).toEqual([1]);
    expect(result.invalid.map((row) => row.index)).toEqual([0]);
  });

  it('keeps repeated ids without idOf', () => {
    expect(parseRows(Elder, [elder('E-1'), elder('E-1')]).validIndexes).toEqual([0, 1]);
  });

  it('partitions every row exactly once (property)', () => {
    const row = fc.oneof(
      fc.constantFrom('E-1', 'E-2', 'E-3').map((id) => elder(id)),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const result = parseRows(Elder, rows, (value) => value.id);
        const seen = [...result.validIndexes, ...result.invalid.map((bad) => bad.index)].sort(
          (a, b) => a - b,
        );
        expect(seen).toEqual(rows.map((_, i) => i));
        expect(result.valid).toHaveLength(result.validIndexes.length);
        expect(new Set(result.valid.map((value) => value.id)).size).toBe(result.valid.length);
        for (const bad of result.invalid) expect(bad.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('guards of the validation helpers', () => {
  it('rejects input nested past MAX_INPUT_DEPTH with json_too_deep at its path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 5000; i++) deep = [deep];
    const result = safeParse(Elder, { id: 'E-1', extensions: { deep } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.code).toBe('json_too_deep');
    expect(result.issues[0]?.params).toEqual({ maximum: MAX_INPUT_DEPTH });
    expect(result.issues[0]?.path).toHaveLength(MAX_INPUT_DEPTH);
    expect(result.issues[0]?.path.slice(0, 3)).toEqual(['extensions', 'deep', 0]);
  });

  it('accepts extensions 32 levels deep, as the ledger files allow', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 31; i++) deep = { a: deep };
    const result = safeParse(Extensions, { deep });
    expect(result.ok).toBe(true);
  });

  it('throws invalid_argument for a schema, rows or idOf of the wrong kind', () => {
    const codeOf = (call: () => unknown) => {
      try {
        call();
      } catch (error) {
        if (error instanceof GuanaiError) return error.issues[0]?.params;
        throw error;
      }
      return undefined;
    };
    expect(codeOf(() => safeParse(null as never, {}))).toEqual({ name: 'schema', rule: 'object' });
    expect(codeOf(() => parse({} as never, {}))).toEqual({ name: 'schema', rule: 'object' });
    expect(codeOf(() => parseRows(Elder, 'x' as never))).toEqual({ name: 'rows', rule: 'array' });
    expect(codeOf(() => parseRows(Elder, [], 3 as never))).toEqual({
      name: 'idOf',
      rule: 'function',
    });
  });

  it('turns a row whose getter throws into a bad row, keeping the batch', () => {
    const hostile = {
      get id(): string {
        throw new TypeError('boom');
      },
    };
    const { invalid } = parseRows(Elder, [hostile]);
    expect(invalid).toEqual([
      { index: 0, issues: [{ code: 'invalid_input', path: [], params: {} }] },
    ]);
  });
});
