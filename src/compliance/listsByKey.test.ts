import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listsByKey } from './listsByKey.js';

const text = (key: number) => `k${key}`;

describe('listsByKey', () => {
  it('lists each key’s items in order, keys in the order of their first item', () => {
    const map = listsByKey(Int32Array.of(1, 0, 1, -1, 2), 3, text, (i) => i * 10);
    expect([...map]).toEqual([
      ['k1', [0, 20]],
      ['k0', [10]],
      ['k2', [40]],
    ]);
  });

  it('is what pushing item by item into a map gives', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1, max: 6 }), { maxLength: 40 }), (drawn) => {
        const pushed = new Map<string, number[]>();
        drawn.forEach((key, i) => {
          if (key >= 0) pushed.set(text(key), [...(pushed.get(text(key)) ?? []), i]);
        });
        expect([...listsByKey(Int32Array.from(drawn), 7, text, (i) => i)]).toEqual([...pushed]);
      }),
      { seed: 17 },
    );
  });
});
