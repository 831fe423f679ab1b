/** Simulated visit records: deterministic, valid against the schema, and checked at entry. */
import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import { VisitRecord } from '../compliance/index.js';
import { type CaregiverId, plainDate, safeParse } from '../models/index.js';
import { expandPlans, planFromPreset } from '../recurrence/index.js';
import { generateSampleCounty } from './generateSampleCounty.js';
import { simulateVisitRecords } from './simulateVisitRecords.js';

const asOf = plainDate('2026-03-31');
const county = generateSampleCounty({ seed: 3, elders: 30 });
const plan = planFromPreset('townshipCadreWeeklyVisit', {
  id: 'weekly',
  whom: { elders: county.elders.map((e) => e.id) },
  validFrom: plainDate('2026-01-01'),
});
const occurrences = [...expandPlans([plan], { from: plainDate('2026-01-01'), to: asOf })];
const caregiverOf = () => 'C-1' as CaregiverId;

describe('simulateVisitRecords', () => {
  it('is deterministic for a seed, valid against the schema, and never after asOf', () => {
    expect(occurrences.length).toBeGreaterThan(0);
    const records = simulateVisitRecords(occurrences, { seed: 1, asOf, caregiverOf });
    expect(records.length).toBeGreaterThan(0);
    expect(simulateVisitRecords(occurrences, { seed: 1, asOf, caregiverOf })).toEqual(records);
    expect(simulateVisitRecords(occurrences, { seed: 2, asOf, caregiverOf })).not.toEqual(records);
    for (const record of records) {
      expect(safeParse(VisitRecord, record).ok).toBe(true);
      expect(record.on <= asOf && record.recordedOn <= asOf).toBe(true);
    }
  });

  it('checks its numbers and lists at entry, and names an element of the wrong shape', () => {
    const options = { seed: 1, asOf, caregiverOf: () => undefined };
    expect(
      thrownIssues(() =>
        simulateVisitRecords([], { ...options, seed: Number.NaN, missRate: 2, firstNumber: -1 }),
      ),
    ).toEqual(['seed invalid_argument', 'missRate too_big', 'firstNumber invalid_argument']);
    expect(
      thrownIssues(() => simulateVisitRecords([], { ...options, asOf: '2026-02-30' as never })),
    ).toEqual(['asOf invalid_argument']);
    expect(thrownIssues(() => simulateVisitRecords([null as never], options))).toEqual([
      'occurrences.0 invalid_type',
    ]);
  });
});
