import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scratch } from '../_lib/scratch.js';
import { recordsInDayOrder } from './recordOrder.js';
import type { VisitRecord } from './visitRecord.js';

const aRecord = fc.record({
  // Days of one month, or (a comparison sort then) centuries apart, or malformed (a full-width
  // digit) — and malformed times — which the plain sort of the texts orders the same way.
  on: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('2026-03-01', '2026-03-02', '2026-03-31') },
    fc.constantFrom('1901-01-01', '2199-12-31', '\uff12026-03-01'),
  ),
  time: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(undefined, '08:00', '08:00', '17:45') },
    fc.constantFrom('24:30', '25:00', '99:99'),
  ),
  id: fc.constantFrom('R-1', 'R-2', 'R-3', 'R-10'),
  amends: fc.option(fc.constantFrom('R-1', 'R-3'), { freq: 5 }),
});

/** The order written plainly: the records no other amends, by day, time (none first), id, place. */
function plainOrder(records: readonly VisitRecord[]): number[] {
  const amended = new Set(records.map((r) => r.amends).filter((id) => id !== undefined));
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return records
    .map((record, position) => ({ record, position }))
    .filter(({ record }) => !amended.has(record.id))
    .sort(
      (a, b) =>
        text(a.record.on, b.record.on) ||
        text(a.record.time ?? '', b.record.time ?? '') ||
        text(a.record.id, b.record.id) ||
        a.position - b.position,
    )
    .map(({ position }) => position);
}

describe('recordsInDayOrder', () => {
  it('orders the records in force as the plain sort does, by counting or by comparing', () => {
    fc.assert(
      fc.property(fc.array(aRecord, { maxLength: 40 }), (drawn) => {
        const records = drawn.map(
          ({ amends, ...r }) => ({ ...r, ...(amends ? { amends } : {}) }) as unknown as VisitRecord,
        );
        const scratch = Scratch.take(1024);
        try {
          expect([...recordsInDayOrder(records, scratch).order]).toEqual(plainOrder(records));
        } finally {
          scratch.release();
        }
      }),
    );
  });
});
