import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from './jsonDepth.js';

/** The depth of a JSON value by definition: 0 for a scalar, 1 + its deepest child's else. */
function depthOf(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

/** `[[…[]…]]` nested `levels` deep. */
function nested(levels: number): unknown {
  let value: unknown = [];
  for (let i = 1; i < levels; i++) value = i % 2 ? { a: value } : [1, value];
  return value;
}

describe('nestsDeeperThan', () => {
  it('is the depth compared with the maximum, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 8 }), (v, maximum) => {
        const value = JSON.parse(JSON.stringify(v)) as unknown;
        expect(nestsDeeperThan(value, maximum)).toBe(depthOf(value) > maximum);
      }),
    );
  });

  it('stops at the maximum on a value nested far deeper than the call stack goes', () => {
    expect(nestsDeeperThan(nested(32), 32)).toBe(false);
    expect(nestsDeeperThan(nested(33), 32)).toBe(true);
    expect(nestsDeeperThan(nested(200_000), 32)).toBe(true);
  });
});
