/**
 * Matching records to planned visits and the coverage counts built on it: keys and windows,
 * quotas, duplicates and orphans, ends that cancel rather than fail, and the laws the numbers
 * keep (they add up, areas roll up, replay and record order change nothing, a correction
 * changes only what it amends).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOf,
  caregiverId,
  firstElder,
  occurrences,
  records,
  sample,
} from '../../test/fixtures/trackedTownship.js';
import { seededUniform } from '../_lib/seededUniform.js';
import { addDays, plainDate } from '../models/index.js';
import { occurrenceState, periodOf } from '../recurrence/index.js';
import { coverage } from './coverage.js';
import { matchRecords, type RecordMatch } from './matchRecords.js';
import { VisitRecord } from './visitRecord.js';

const month = periodOf('month', asOf);
const unplanned = (id: string, on: string, extra: object = {}) =>
  VisitRecord.parse({
    id,
    elderId: firstElder,
    caregiverIds: [caregiverId],
    on,
    channel: 'inPerson',
    outcome: 'completed',
    recordedOn: on,
    ...extra,
  });
const weekOf = (day: string) =>
  occurrences.find(
    (o) =>
      o.subject === firstElder && o.planId === 'weekly' && o.openFrom <= day && day <= o.expiresAt,
  );

describe('matchRecords', () => {
  const match = matchRecords(occurrences, records);

  it('matches every simulated record by its key, with no orphans or duplicates', () => {
    expect(match.matched).toHaveLength(records.length);
    expect(match.matched.every((at) => at >= 0)).toBe(true);
    expect(match.orphans).toEqual([]);
    expect(match.duplicates).toEqual([]);
  });

  it('gives an unplanned visit to the earliest open visit of its kind, reports a second record of it and strangers', () => {
    const day = '2026-04-08';
    const visit = weekOf(day);
    const first = unplanned('U-1', day);
    const second = unplanned('U-2', addDays(plainDate(day), 1), { occurrenceKey: visit?.key });
    const call = unplanned('U-3', day, { channel: 'phone' });
    const elsewhere = unplanned('U-4', day, { occurrenceKey: 'no/such/visit' });
    const stranger = unplanned('U-5', day, {
      occurrenceKey: visit?.key,
      elderId: sample.elders[1]?.id,
    });
    const result = matchRecords(occurrences, [second, call, first, elsewhere, stranger]);
    // Per record, the place of its visit: U-1 is the third record given.
    expect(occurrences[result.matched[2] ?? -1]).toBe(visit);
    expect(result.duplicates).toEqual([
      { recordId: 'U-2', occurrenceKey: visit?.key, first: 'U-1' },
    ]);
    // The phone call fits the monthly call to the children, not the home visit.
    expect(occurrences[result.matched[1] ?? -1]?.kind).toBe('childContact');
    expect(result.orphans).toEqual([
      { recordId: 'U-4', reason: 'unknownOccurrence' },
      { recordId: 'U-5', reason: 'otherElder' },
    ]);
  });

  it('cancels, not fails, the visits after an elder dies or moves in with their children', () => {
    const day = '2026-03-10';
    const moved = unplanned('U-9', day, {
      outcome: 'notDone',
      notDoneReason: 'movedInWithChildren',
    });
    // The log of this elder stops at the move.
    const log = records.filter((r) => r.elderId !== firstElder || r.on < day);
    const result = matchRecords(occurrences, [...log, moved]);
    expect(result.ends.get(firstElder)).toEqual({
      elderId: firstElder,
      from: day,
      reason: 'movedInWithChildren',
    });
    const later = occurrences.filter((o) => o.subject === firstElder && o.due > day);
    const states = later.map((visit) =>
      occurrenceState(visit, { asOf: plainDate('2026-04-30'), records: result.outcomes }),
    );
    // A visit made before the move stays made; every other one is cancelled, none failed.
    expect(states.filter((s) => s === 'cancelled').length).toBeGreaterThan(0);
    expect(states.every((s) => s === 'cancelled' || s === 'completed')).toBe(true);
    later.forEach((visit, i) => {
      if (visit.openFrom > day) expect(states[i]).toBe('cancelled');
    });
  });

  it('an end a record gives keeps its reason: away for treatment is not moved in (issue 20)', () => {
    const day = '2026-03-10';
    const away = unplanned('U-10', day, { outcome: 'notDone', notDoneReason: 'awayForTreatment' });
    const result = matchRecords(occurrences, [away], {
      endingReasons: ['deceased', 'movedInWithChildren', 'awayForTreatment'],
    });
    expect(result.ends.get(firstElder)).toEqual({
      elderId: firstElder,
      from: day,
      reason: 'awayForTreatment',
    });
    const died = unplanned('U-11', day, { outcome: 'notDone', notDoneReason: 'deceased' });
    expect(matchRecords(occurrences, [died]).ends.get(firstElder)?.reason).toBe('deceased');
  });

  it('does not depend on record order, and matching again changes nothing', () => {
    // Unplanned visits on one day whose times and ids run opposite ways, one with no time:
    // which of them answers the visit must not depend on the order they come in.
    const crowded = sample.elders.slice(0, 10).flatMap((elder, i) =>
      [
        { id: `X-${i}-b`, time: '09:00' },
        { id: `X-${i}-a`, time: '15:00' },
        { id: `X-${i}-c` },
      ].map((extra) =>
        VisitRecord.parse({
          elderId: elder.id,
          caregiverIds: [caregiverId],
          on: '2026-03-04',
          channel: 'inPerson',
          outcome: 'completed',
          recordedOn: '2026-03-04',
          ...extra,
        }),
      ),
    );
    const log = [...records, ...crowded];
    const first = matchRecords(occurrences, log);
    // Each record's id and the place of the visit it answers, in order of id.
    const answers = (match: RecordMatch, list: readonly VisitRecord[]) =>
      list.map((r, i) => [r.id, match.matched[i]] as const).sort(([a], [b]) => (a < b ? -1 : 1));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), (seed) => {
        const random = seededUniform(seed);
        const shuffled = log
          .map((record) => ({ record, at: random() }))
          .sort((a, b) => a.at - b.at)
          .map((x) => x.record);
        const again = matchRecords(occurrences, shuffled);
        expect(answers(again, shuffled)).toEqual(answers(first, log));
        expect(again.duplicates).toEqual(first.duplicates);
        expect(again.outcomes).toEqual(first.outcomes);
      }),
      { numRuns: 10 },
    );
    expect(first.duplicates.length).toBeGreaterThan(0);
  });
});

describe('coverage', () => {
  const match = matchRecords(occurrences, records);
  const rowsBy = (by: 'elder' | 'village' | 'township' | 'county', day = asOf) =>
    coverage(
      { occurrences, records, elders: sample.elders, match },
      { asOf: day, from: month.start, to: month.end, by },
    );

  it('adds up: completed + not done + overdue + expired + pending = due, on any day', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 60 }), (offset) => {
        const day = addDays(asOf, offset);
        for (const row of rowsBy('village', day)) {
          expect(row.completed + row.notDone + row.overdue + row.expired + row.pending).toBe(
            row.due,
          );
          for (const counts of Object.values(row.byKind))
            expect(
              counts.completed + counts.notDone + counts.overdue + counts.expired + counts.pending,
            ).toBe(counts.due);
          const reasons = Object.values(row.notDoneByReason).reduce((a, b) => a + b, 0);
          expect(reasons).toBe(row.notDone);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('rolls up: elders → villages → the township → the county hold the same totals', () => {
    const total = (rows: ReturnType<typeof rowsBy>) =>
      [
        'due',
        'completed',
        'notDone',
        'overdue',
        'expired',
        'pending',
        'elders',
        'eldersVisited',
      ].map((field) => rows.reduce((sum, row) => sum + (row[field as 'due'] as number), 0));
    const county = rowsBy('county');
    expect(county).toHaveLength(1);
    expect(total(rowsBy('elder'))).toEqual(total(county));
    expect(total(rowsBy('village'))).toEqual(total(county));
    expect(total(rowsBy('township'))).toEqual(total(county));
    expect(rowsBy('village')).toHaveLength(3);
  });

  it('counts each visit by the one state function, and the month has real misses', () => {
    const [row] = rowsBy('county');
    let completed = 0;
    for (const o of occurrences)
      if (o.due >= month.start && o.due <= month.end)
        if (occurrenceState(o, { asOf, records: match.outcomes }) === 'completed') completed += 1;
    expect(row?.completed).toBe(completed);
    expect(row?.notDone).toBeGreaterThan(0);
    expect(row?.completionRate).toBeGreaterThan(0.5);
    expect(row?.completionRate).toBeLessThan(1);
    expect(row?.byKind.childContact?.due).toBe(sample.elders.length);
    expect(row?.byKind.census?.due).toBe(sample.elders.length);
    expect(row?.maxDaysSinceContact).toBeGreaterThanOrEqual(0);
  });

  it('replaying the same records gives the same numbers; a correction changes only what it amends', () => {
    expect(rowsBy('elder')).toEqual(
      coverage(
        { occurrences, records: [...records].reverse(), elders: sample.elders },
        { asOf, from: month.start, to: month.end, by: 'elder' },
      ),
    );
    const dueOf = new Map(occurrences.map((o) => [o.key, o.due]));
    const target = records.find(
      (r) => r.outcome === 'completed' && (dueOf.get(r.occurrenceKey ?? '') ?? '') >= month.start,
    ) as VisitRecord;
    const correction = VisitRecord.parse({
      ...target,
      id: 'C-1',
      amends: target.id,
      outcome: 'notDone',
      notDoneReason: 'notAtHome',
      tasks: undefined,
      observations: undefined,
      durationMinutes: undefined,
      incident: undefined,
      recordedOn: asOf,
    });
    const before = rowsBy('elder');
    const after = coverage(
      { occurrences, records: [...records, correction], elders: sample.elders },
      { asOf, from: month.start, to: month.end, by: 'elder' },
    );
    const changed = after.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before[i]));
    expect(changed.map((row) => row.group)).toEqual([target.elderId]);
    const old = before.find((row) => row.group === target.elderId);
    expect(changed[0]?.completed).toBe((old?.completed ?? 0) - 1);
    expect(changed[0]?.notDoneByReason.notAtHome).toBe((old?.notDoneByReason.notAtHome ?? 0) + 1);
  });

  it('groups by caregiver through the plan, and by pairing through the elder’s team', () => {
    const rows = coverage(
      { occurrences, records, match },
      { asOf, from: month.start, to: month.end, by: 'caregiver' },
    );
    expect(rows.map((r) => r.group)).toEqual([caregiverId]);
    const none = coverage(
      { occurrences, records, match },
      { asOf, from: month.start, to: month.end, by: 'pairing', kinds: ['homeVisit'] },
    );
    expect(none.map((r) => r.group)).toEqual(['']);
    expect(Object.keys(none[0]?.byKind ?? {})).toEqual(['homeVisit']);
  });
});
