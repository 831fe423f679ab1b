/**
 * The compliance functions on wrong-shaped input: one GuanaiError naming the argument or the
 * element, never a raw TypeError.
 */
import { describe, expect, it } from 'vitest';
import {
  occurrences as allVisits,
  records as simulated,
} from '../../test/fixtures/dutyTownship.js';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import { plainDate } from '../models/index.js';
import { coverage } from './coverage.js';
import { currentRecords, recordHistory } from './currentRecords.js';
import { escalations } from './escalations.js';
import { matchRecords } from './matchRecords.js';
import { supervisionPeriod } from './supervisionSummary.js';
import { evaluateTargets, SEED_TARGETS } from './targets.js';

const asOf = plainDate('2026-03-31');
const empty = { occurrences: [], records: [] };

describe('entry checks of the compliance functions', () => {
  it('coverage: dates, grouping and lists', () => {
    const period = { asOf, from: plainDate('2026-03-01'), to: asOf, by: 'village' } as const;
    expect(thrownIssues(() => coverage(empty, { ...period, asOf: '2026-02-30' as never }))).toEqual(
      ['asOf invalid_argument'],
    );
    expect(thrownIssues(() => coverage(empty, { ...period, by: 'planet' as never }))).toEqual([
      'by invalid_value',
    ]);
    expect(thrownIssues(() => coverage({ ...empty, records: null as never }, period))).toEqual([
      'records invalid_argument',
    ]);
    expect(thrownIssues(() => coverage({ ...empty, records: [null as never] }, period))).toEqual([
      'records.0 invalid_type',
    ]);
  });

  it('coverage and escalations: a match made of other visits', () => {
    const visits = allVisits.slice(0, 20);
    const match = matchRecords(visits, []);
    const period = { asOf, from: plainDate('2026-03-01'), to: asOf, by: 'village' } as const;
    const other = { occurrences: visits.slice(1), records: [], match };
    expect(thrownIssues(() => coverage(other, period))).toEqual(['match invalid_argument']);
    expect(thrownIssues(() => escalations(other, { asOf }))).toEqual(['match invalid_argument']);
    // The same visits: accepted.
    expect(coverage({ occurrences: visits, records: [], match }, period)).toEqual(
      coverage({ occurrences: visits, records: [] }, period),
    );
  });

  it('matchRecords, currentRecords and recordHistory: lists and elements', () => {
    expect(thrownIssues(() => matchRecords(null as never, []))).toEqual([
      'occurrences invalid_argument',
    ]);
    expect(thrownIssues(() => matchRecords([], [null as never]))).toEqual([
      'records.0 invalid_type',
    ]);
    expect(thrownIssues(() => currentRecords([null as never]))).toEqual(['records.0 invalid_type']);
    // A key of another type is reported where it is (it used to make an orphan).
    const keyed = simulated.find((r) => r.occurrenceKey !== undefined);
    for (const occurrenceKey of [42, null])
      expect(
        thrownIssues(() => matchRecords(allVisits, [{ ...keyed, occurrenceKey } as never])),
      ).toEqual(['records.0.occurrenceKey invalid_type']);
    expect(thrownIssues(() => recordHistory([], 7 as never))).toEqual(['id invalid_argument']);
  });

  it('escalations and targets: rules, targets and asOf', () => {
    expect(thrownIssues(() => escalations(empty, { asOf, rules: [null as never] }))).toEqual([
      'rules.0 invalid_type',
    ]);
    expect(thrownIssues(() => escalations(empty, { asOf: undefined as never }))).toEqual([
      'asOf invalid_argument',
    ]);
    const noGoal = { ...(SEED_TARGETS[0] as (typeof SEED_TARGETS)[number]), goal: Number.NaN };
    expect(thrownIssues(() => evaluateTargets([noGoal], empty, { asOf }))).toEqual([
      'targets.0.goal invalid_type',
    ]);
  });

  it('supervisionPeriod: numbers in range', () => {
    expect(thrownIssues(() => supervisionPeriod(10_000, 'fullYear'))).toEqual(['year too_big']);
    expect(thrownIssues(() => supervisionPeriod(2026.5, 'halfYear'))).toEqual([
      'year invalid_argument',
    ]);
    expect(thrownIssues(() => supervisionPeriod(2026, 'quarter' as never))).toEqual([
      'span invalid_value',
    ]);
    expect(supervisionPeriod(2026, 'halfYear').to).toBe('2026-06-30');
  });
});

describe('the diagnosis reads every field the work reads (found by following up under fuzzing)', () => {
  const record = (id: string, time: unknown) => ({
    id,
    elderId: 'E-1',
    caregiverIds: ['C-1'],
    on: '2026-03-03',
    time,
    channel: 'phone',
    outcome: 'completed',
    recordedOn: '2026-03-03',
  });
  const visit = {
    key: 'weekly/E-1/2026-W10',
    planId: 'weekly',
    subject: 'E-1',
    subjectKind: 'elder',
    period: '2026-W10',
    kind: 'homeVisit',
    channel: 'inPerson',
    who: { role: Object.create(null) },
    openFrom: '2026-03-02',
    due: '2026-03-08',
    overdueFrom: '2026-03-09',
    expiresAt: '2026-03-13',
  };

  it('a record’s time of day and a visit’s role: paths, not undiagnosed failures', () => {
    const bare = Object.create(null);
    expect(
      thrownIssues(() => matchRecords([], [record('R-1', '09:00'), record('R-2', bare)] as never)),
    ).toEqual(['records.1.time invalid_type']);
    const answered = { ...record('R-3', '09:00'), occurrenceKey: visit.key };
    expect(thrownIssues(() => matchRecords([visit as never], [answered as never]))).toEqual([
      'occurrences.0.who.role invalid_type',
    ]);
  });

  it('matchRecords diagnoses a pairing or a scheduled visit that is not one', () => {
    expect(thrownIssues(() => matchRecords([], [], { pairings: [null as never] }))).toEqual([
      'pairings.0 invalid_type',
    ]);
    expect(thrownIssues(() => matchRecords([], [], { scheduled: [null as never] }))).toEqual([
      'scheduled.0 invalid_type',
    ]);
  });
});
