import fc from 'fast-check';

/** An object nested `depth` levels deep (deeper than any schema check should recurse into). */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** An object that contains itself. */
export function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { id: 'E-1' };
  value.self = value;
  return value;
}

/** Values no typed caller passes: wrong types, edge numbers, bad dates, huge and deep values. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    0,
    2.5,
    1e308,
    Number.MAX_SAFE_INTEGER,
    '',
    '2026-02-30',
    '9999-12-31',
    '10000-01-01',
    '0000-01-01',
    '24:00',
    '530325',
    '530325101203',
    530325101203,
    '11010519491231002X',
    'x'.repeat(100_000),
    [],
    [null],
    {},
    { elders: 'x' },
    { elders: [null] },
    nested(1_500),
    cyclic(),
    [[[[[[[[[[[]]]]]]]]]]],
  ),
);
