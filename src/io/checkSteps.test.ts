import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { type Check, compileChecks, NOT_PASSED, runChecks } from './checkSteps.js';

/** Zod's verdict on a value: its output, or NOT_PASSED when it reports anything. */
function byZod(schema: z.ZodType, value: unknown): unknown {
  const result = schema.safeParse(value);
  return result.success ? result.data : NOT_PASSED;
}

/** The compiled steps of a schema's checks (a number format schema is a check itself). */
function stepsOf(schema: z.ZodType) {
  const own = (schema._zod.def.checks ?? []) as unknown as Check[];
  return compileChecks(
    schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : own,
  );
}

const texts = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: fc.constantFrom('😀', '张', ' ', 'a'), maxLength: 10 }),
);
const numbers = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(2 ** 53, -(2 ** 53), 0.5, -0),
);

describe('compiled checks', () => {
  it('give what zod gives on texts: lengths (in code points), trims, case, refinements', () => {
    const schemas = [
      z.string().min(1),
      z.string().min(3).max(5),
      z.string().trim().min(2).max(4),
      z.string().length(2),
      z.string().toLowerCase().max(3),
      z.string().min(1, { when: () => true } as never),
      z
        .string()
        .max(4)
        .refine((s) => !s.includes('a')),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), texts, (schema, text) => {
        expect(runChecks(stepsOf(schema), text)).toBe(byZod(schema, text));
      }),
    );
  });

  it('give what zod gives on finite numbers: integers, ranges, multiples', () => {
    const schemas = [
      z.int(),
      z.int().min(0).max(10),
      z.number().gt(-1).lt(3),
      z.number().gte(0.5),
      z.number().multipleOf(2),
      z.int32(),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), numbers, (schema, value) => {
        expect(runChecks(stepsOf(schema), value)).toBe(byZod(schema, value));
      }),
    );
  });

  it('leave a length check with its own `when` to zod', () => {
    const schema = z.string().min(3, { when: () => false } as never);
    expect(runChecks(stepsOf(schema), 'a')).toBe('a');
  });
});
