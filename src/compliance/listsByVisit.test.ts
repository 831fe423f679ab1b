import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { listsByVisit } from './listsByVisit.js';
import { occurrenceIndex } from './occurrenceIndex.js';

/** A visit with the fields the index reads: its key, subject and due day. */
const visit = (key: string, subject: string, day: number): Occurrence =>
  ({
    key,
    subject,
    subjectKind: 'elder',
    kind: 'homeVisit',
    channel: 'inPerson',
    who: { caregiverId: 'C-1' },
    openFrom: `2026-03-0${day}` as PlainDate,
    due: `2026-03-0${day}` as PlainDate,
    overdueFrom: `2026-03-0${day}` as PlainDate,
    expiresAt: `2026-03-0${day}` as PlainDate,
  }) as unknown as Occurrence;

describe('listsByVisit', () => {
  it('lists each visit’s items in order, aligned with the visits given', () => {
    const visits = [visit('a', 'E-2', 3), visit('b', 'E-1', 1), visit('c', 'E-1', 2)];
    const index = occurrenceIndex(visits);
    const [ka, kb] = [index.keyNumber.get('a') ?? -1, index.keyNumber.get('b') ?? -1];
    const lists = listsByVisit(index, Int32Array.of(kb, ka, -1, kb), (i) => i * 10);
    expect(lists).toEqual([[10], [0, 30], []]);
  });

  it('is what pushing item by item into lists by key gives, repeated keys sharing theirs', () => {
    const aVisit = fc.record({
      key: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      subject: fc.constantFrom('E-1', 'E-2'),
      day: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(
        fc.array(aVisit, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: -1, max: 11 }), { maxLength: 30 }),
        (drawn, items) => {
          const visits = drawn.map((v) => visit(v.key, v.subject, v.day));
          const index = occurrenceIndex(visits);
          // Item i is the visit at place items[i]'s (−1 or beyond the list: none).
          const keyOf = (place: number) => {
            const key = visits[place]?.key;
            return key === undefined ? -1 : (index.keyNumber.get(key) as number);
          };
          const pushed = new Map<string, number[]>();
          items.forEach((place, i) => {
            const key = visits[place]?.key;
            if (key !== undefined) pushed.set(key, [...(pushed.get(key) ?? []), i]);
          });
          const lists = listsByVisit(index, Int32Array.from(items, keyOf), (i) => i);
          expect(lists).toEqual(visits.map((v) => pushed.get(v.key) ?? []));
          // A repeated key's visits share one list.
          visits.forEach((v, p) => {
            expect(lists[p]).toBe(lists[visits.map((w) => w.key).lastIndexOf(v.key)]);
          });
        },
      ),
      { seed: 17 },
    );
  });
});
