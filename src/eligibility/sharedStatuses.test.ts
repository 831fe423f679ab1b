/** SharedStatuses: one frozen record per combination of answers, found again by its codes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { statusCodes, statusesOfCodes } from './decideStatuses.js';
import { SharedStatuses } from './sharedStatuses.js';

const codesArb = fc
  .array(fc.integer({ min: 0, max: 2 }), {
    minLength: CATEGORY_KEYS.length,
    maxLength: CATEGORY_KEYS.length,
  })
  .map((digits) => Uint8Array.from(digits));

describe('SharedStatuses', () => {
  it('gives the record of the codes, the same frozen object for the same answers', () => {
    fc.assert(
      fc.property(fc.array(codesArb, { maxLength: 60 }), (list) => {
        const records = new SharedStatuses();
        const first = new Map<string, unknown>();
        for (const codes of list) {
          const record = records.of(codes);
          expect(record).toEqual(statusesOfCodes(codes));
          expect(Object.isFrozen(record)).toBe(true);
          const key = codes.join('');
          if (!first.has(key)) first.set(key, record);
          expect(record).toBe(first.get(key));
        }
      }),
    );
  });

  it('keeps every record while its table grows, combinations sharing either half apart', () => {
    const records = new SharedStatuses();
    const codes = statusCodes();
    /** Codes 0–11 the base-3 digits of `high`, codes 12–23 those of `low`. */
    const fill = (high: number, low: number) => {
      for (let k = 0, rest = high; k < 12; k++, rest = Math.floor(rest / 3)) codes[k] = rest % 3;
      for (let k = 12, rest = low; k < codes.length; k++, rest = Math.floor(rest / 3))
        codes[k] = rest % 3;
    };
    // 3,600 combinations, each half shared by 60 of them: the table of 1,024 slots doubles on the way.
    const made: unknown[] = [];
    for (let high = 0; high < 60; high++)
      for (let low = 0; low < 60; low++) {
        fill(high, low);
        made.push(records.of(codes));
      }
    expect(new Set(made).size).toBe(3600);
    for (let high = 0; high < 60; high++)
      for (let low = 0; low < 60; low++) {
        fill(high, low);
        expect(records.of(codes)).toBe(made[high * 60 + low]);
        expect(records.of(codes)).toEqual(statusesOfCodes(codes));
      }
  });
});
