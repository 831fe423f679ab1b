import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyTable } from './keyTable.js';

describe('KeyTable', () => {
  it('answers as a Map set in the same order would, repeated keys keeping the last', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 200 }), (keys) => {
        const table = new KeyTable(keys);
        const map = new Map<string, number>();
        keys.forEach((key, visit) => {
          // Added when new, set (replaced) every other time.
          expect(table.add(key, visit)).toBe(map.get(key));
          table.set(key, visit);
          map.set(key, visit);
        });
        for (const key of [...keys, 'absent', '']) expect(table.get(key)).toBe(map.get(key));
      }),
    );
  });

  it('finds every key of a county-year’s size, near ones apart', () => {
    const keys = Array.from({ length: 200_000 }, (_, i) => `v-${i % 500}/E-${i}/2026-W${i % 53}`);
    const table = new KeyTable(keys);
    keys.forEach((key, visit) => {
      table.set(key, visit);
    });
    expect(keys.every((key, visit) => table.get(key) === visit)).toBe(true);
    expect(table.get('v-1/E-1/2026-W54')).toBeUndefined();
  });
});
