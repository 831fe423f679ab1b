import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOf, assignment, sample } from '../../test/fixtures/reportCounty.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, type DutyHolding } from '../models/index.js';
import { DEFAULT_DUTIES } from '../scheduling/index.js';
import { responsibilityList } from './responsibilityList.js';

const { elders, caregivers } = sample;
const list = responsibilityList({ elders, caregivers, holdings: assignment.holdings }, { asOf });

describe('responsibilityList', () => {
  it('lists every elder once, by village then id', () => {
    expect(list.map((row) => row.elderId).sort()).toEqual(elders.map((e) => e.id).sort());
    const keys = list.map((row) => `${row.villageCode} ${row.elderId}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('names the holders of the lines in force, in duty-table order, with the duty’s visits', () => {
    const current = new Set(
      assignment.current.map((l) => `${l.duty} ${l.subject.id} ${l.caregiverId}`),
    );
    const listed = list.flatMap((row) =>
      row.holders.map((h) => `${h.duty} ${row.elderId} ${h.caregiverId}`),
    );
    expect(new Set(listed)).toEqual(
      new Set([...current].filter((key) => elders.some((e) => key.split(' ')[1] === e.id))),
    );
    const order = DEFAULT_DUTIES.map((duty) => duty.key as string);
    for (const row of list) {
      const ranks = row.holders.map((h) => order.indexOf(h.duty));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const weekly = list.flatMap((row) => row.holders).find((h) => h.duty === 'townshipContract');
    expect(weekly?.visits).toEqual([
      { kind: 'homeVisit', cadence: { type: 'quota', period: 'week' } },
    ]);
    expect(weekly?.role).toBe('townshipResponsibleCadre');
    expect(weekly?.name).toBe(caregivers.find((c) => c.id === weekly?.caregiverId)?.name);
  });

  it('counts a line only on the days it is in force (property)', () => {
    const line = assignment.current[0] as DutyHolding;
    fc.assert(
      fc.property(
        fc.integer({ min: -40, max: 40 }),
        fc.integer({ min: 0, max: 30 }),
        (start, length) => {
          const from = addDays(asOf, start);
          const holding = { ...line, from, to: addDays(from, length) };
          const rows = responsibilityList({ elders, caregivers, holdings: [holding] }, { asOf });
          const held = rows.some((row) => row.holders.length > 0);
          expect(held).toBe(holding.from <= asOf && asOf <= holding.to);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuses bad input with a coded error', () => {
    expect(() =>
      responsibilityList({ elders, caregivers, holdings: {} as never }, { asOf }),
    ).toThrow(GuanaiError);
    expect(() =>
      responsibilityList(
        { elders, caregivers, holdings: [] },
        { asOf: '2026-13-01' as typeof asOf },
      ),
    ).toThrow(GuanaiError);
  });
});
