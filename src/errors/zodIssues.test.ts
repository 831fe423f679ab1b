import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { GuanaiError } from './GuanaiError.js';
import { issue, prefixIssues } from './issue.js';
import { fromZodIssues, reportIssue } from './zodIssues.js';

/** Parse with the input reported (as guanai's `safeParse` does) and map the issues. */
function issuesOf(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) throw new Error('expected a failure');
  return fromZodIssues(parsed.error.issues);
}

const SECRET = '11010519491231002X-secret-王秀英';

describe('fromZodIssues', () => {
  it('maps a missing required field to invalid_type with received "undefined"', () => {
    expect(issuesOf(z.object({ name: z.string() }), {})).toEqual([
      {
        code: 'invalid_type',
        path: ['name'],
        params: { expected: 'string', received: 'undefined' },
      },
    ]);
  });

  it('reports the JSON type received, not the value', () => {
    const schema = z.object({ n: z.number(), s: z.string(), o: z.object({}), a: z.string() });
    expect(issuesOf(schema, { n: SECRET, s: null, o: [SECRET], a: 12 })).toEqual([
      { code: 'invalid_type', path: ['n'], params: { expected: 'number', received: 'string' } },
      { code: 'invalid_type', path: ['s'], params: { expected: 'string', received: 'null' } },
      { code: 'invalid_type', path: ['o'], params: { expected: 'object', received: 'array' } },
      { code: 'invalid_type', path: ['a'], params: { expected: 'string', received: 'number' } },
    ]);
  });

  it('maps too_small and too_big with origin, bound and inclusiveness', () => {
    expect(issuesOf(z.string().min(1), '')).toEqual([
      { code: 'too_small', path: [], params: { origin: 'string', minimum: 1, inclusive: true } },
    ]);
    expect(issuesOf(z.number().gt(0), 0)).toEqual([
      { code: 'too_small', path: [], params: { origin: 'number', minimum: 0, inclusive: false } },
    ]);
    expect(issuesOf(z.array(z.number()).min(2), [1])).toEqual([
      { code: 'too_small', path: [], params: { origin: 'array', minimum: 2, inclusive: true } },
    ]);
    expect(issuesOf(z.int().max(7), 8)).toEqual([
      { code: 'too_big', path: [], params: { origin: 'number', maximum: 7, inclusive: true } },
    ]);
    expect(issuesOf(z.number().lt(5), 5)).toEqual([
      { code: 'too_big', path: [], params: { origin: 'number', maximum: 5, inclusive: false } },
    ]);
  });

  it('maps unrecognized_keys with the key names, at the object path', () => {
    expect(
      issuesOf(z.strictObject({ a: z.strictObject({ b: z.number() }) }), {
        a: { b: 1, bb: 2, c: 3 },
      }),
    ).toEqual([{ code: 'unrecognized_keys', path: ['a'], params: { keys: ['bb', 'c'] } }]);
  });

  it('maps invalid_value (enums and literals) to the allowed values', () => {
    expect(issuesOf(z.object({ sex: z.enum(['male', 'female']) }), { sex: SECRET })).toEqual([
      { code: 'invalid_value', path: ['sex'], params: { allowed: ['male', 'female'] } },
    ]);
    expect(issuesOf(z.literal(3), 4)).toEqual([
      { code: 'invalid_value', path: [], params: { allowed: [3] } },
    ]);
    expect(issuesOf(z.literal(10n), 11n)).toEqual([
      { code: 'invalid_value', path: [], params: { allowed: ['10'] } },
    ]);
    expect(issuesOf(z.literal(null), 0)).toEqual([
      { code: 'invalid_value', path: [], params: { allowed: [null] } },
    ]);
  });

  it('maps invalid_format, not_multiple_of and invalid_union', () => {
    expect(issuesOf(z.email(), SECRET)).toEqual([
      { code: 'invalid_format', path: [], params: { format: 'email' } },
    ]);
    expect(issuesOf(z.number().multipleOf(5), 7)).toEqual([
      { code: 'not_multiple_of', path: [], params: { divisor: 5 } },
    ]);
    expect(issuesOf(z.union([z.number(), z.boolean()]), SECRET)).toEqual([
      { code: 'invalid_union', path: [], params: {} },
    ]);
  });

  it('keeps the code, params and path of issues reported with reportIssue', () => {
    const Even = z.object({
      n: z.number().superRefine((n, ctx) => {
        if (n % 2) reportIssue(ctx, n, 'not_multiple_of', { divisor: 2 });
      }),
      range: z.object({ from: z.string(), to: z.string() }).superRefine((range, ctx) => {
        if (range.to < range.from)
          reportIssue(ctx, range, 'range_reversed', { from: range.from, to: range.to }, ['to']);
      }),
    });
    expect(issuesOf(Even, { n: 3, range: { from: 'b', to: 'a' } })).toEqual([
      { code: 'not_multiple_of', path: ['n'], params: { divisor: 2 } },
      { code: 'range_reversed', path: ['range', 'to'], params: { from: 'b', to: 'a' } },
    ]);
    const Checksum = z
      .string()
      .superRefine((text, ctx) =>
        reportIssue(ctx, text, 'resident_id_checksum', { expected: 'X', actual: '1' }),
      );
    expect(issuesOf(Checksum, 'x')).toEqual([
      { code: 'resident_id_checksum', path: [], params: { expected: 'X', actual: '1' } },
    ]);
  });

  it('maps a plain zod refinement (no guanai code) to invalid_input', () => {
    expect(
      issuesOf(
        z.string().refine(() => false, SECRET),
        SECRET,
      ),
    ).toEqual([{ code: 'invalid_input', path: [], params: {} }]);
  });

  it('maps other zod codes (invalid_key, invalid_element) to invalid_input', () => {
    expect(issuesOf(z.record(z.string().min(3), z.number()), { ab: 1 })).toEqual([
      { code: 'invalid_input', path: ['ab'], params: {} },
    ]);
  });

  it('never copies input values or zod messages into the issues', () => {
    const schema = z.strictObject({
      a: z.number(),
      b: z.string().max(3),
      c: z.enum(['x']),
      d: z.email(),
      e: z.union([z.number(), z.boolean()]),
      f: z.string().refine(() => false, { message: SECRET }),
      g: z.array(z.number()),
    });
    const issues = issuesOf(schema, {
      a: SECRET,
      b: SECRET,
      c: SECRET,
      d: SECRET,
      e: SECRET,
      f: SECRET,
      g: [SECRET],
      [SECRET]: SECRET,
    });
    expect(issues.map((one) => one.code)).toEqual([
      'invalid_type',
      'too_big',
      'invalid_value',
      'invalid_format',
      'invalid_union',
      'invalid_input',
      'invalid_type',
      'unrecognized_keys',
    ]);
    for (const one of issues) expect(Object.keys(one).sort()).toEqual(['code', 'params', 'path']);
    // Only the unrecognised key name (a key, not a value) may appear.
    const withoutKeys = issues.filter((one) => one.code !== 'unrecognized_keys');
    expect(JSON.stringify(withoutKeys)).not.toContain('secret');
    expect(JSON.stringify(withoutKeys)).not.toContain('王秀英');
  });

  it('keeps array indexes in paths as numbers', () => {
    const issues = issuesOf(z.array(z.object({ a: z.number() })), [{ a: 1 }, { a: 'x' }]);
    expect(issues).toEqual([
      { code: 'invalid_type', path: [1, 'a'], params: { expected: 'number', received: 'string' } },
    ]);
    expect(typeof issues[0]?.path[0]).toBe('number');
  });
});

describe('issue, prefixIssues and GuanaiError', () => {
  it('prefixes paths without touching code or params', () => {
    const one = issue('duplicate_id', ['id'], { id: 'E-1', firstPath: [0, 'id'] });
    expect(prefixIssues([one], [7, 'rows'])).toEqual([
      {
        code: 'duplicate_id',
        path: [7, 'rows', 'id'],
        params: { id: 'E-1', firstPath: [0, 'id'] },
      },
    ]);
    expect(one.path).toEqual(['id']);
  });

  it('is an Error named GuanaiError', () => {
    const error = new GuanaiError([issue('invalid_input', [], {})]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('GuanaiError');
  });
});
