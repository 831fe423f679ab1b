import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listsByKey } from './listsByKey.js';

const text = (key: number) => `k${key}`;
/** The text of item `i`'s key, as the callers give it: from the item. */
const textOfItem = (keyOfItem: ArrayLike<number>) => (i: number) => text(keyOfItem[i] as number);

describe('listsByKey', () => {
  it('lists each key’s items in order, keys in the order of their first item', () => {
    const keys = Int32Array.of(1, 0, 1, -1, 2);
    const map = listsByKey(keys, 3, (i) => i * 10, textOfItem(keys));
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
        const keys = Int32Array.from(drawn);
        expect([...listsByKey(keys, 7, (i) => i, textOfItem(keys))]).toEqual([...pushed]);
      }),
      { seed: 17 },
    );
  });
});
