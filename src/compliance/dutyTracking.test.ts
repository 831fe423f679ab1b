/**
 * Planned by the holder, credited to the holder (issue 14): a duty's visit (包保) is completed
 * only by its holder's record or the planned deputy's, anyone else's is reported and leaves the
 * visit due; a call to the children needs the children; coverage by duty and by holder, the
 * per-holder inspection table, and the targets of a duty.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOf,
  from,
  occurrences,
  pairings,
  records,
  sample,
  schedule,
  to,
} from '../../test/fixtures/dutyTownship.js';
import { seededUniform } from '../_lib/seededUniform.js';
import { GuanaiError } from '../errors/index.js';
import { reportTable } from '../i18n/index.js';
import { type CaregiverId, plainDate } from '../models/index.js';
import { occurrenceState } from '../recurrence/index.js';
import { coverage } from './coverage.js';
import { holderSummary } from './holderSummary.js';
import { matchRecords } from './matchRecords.js';
import { evaluateTargets, SEED_TARGETS } from './targets.js';
import { VisitRecord } from './visitRecord.js';

const context = { pairings, scheduled: schedule.visits };
const match = matchRecords(occurrences, records, context);
const byKey = new Map(occurrences.map((o) => [o.key, o]));
const holderOf = (duty: string, elderId: string) =>
  pairings
    .find((p) => p.duty === duty && p.elderId === elderId)
    ?.members.find((m) => m.role === 'primary')?.caregiverId;
/** A weekly visit (townshipContract) with a holder, due in the period, with no record yet. */
const open = occurrences.find(
  (o, i) =>
    o.planId === 'weekly' &&
    o.due <= asOf &&
    holderOf('townshipContract', o.subject) !== undefined &&
    match.outcomesOf[i]?.length === 0,
);
if (!open) throw new Error('the fixture has no open weekly visit with a holder');
const holder = holderOf('townshipContract', open.subject) as CaregiverId;
const stranger = sample.caregivers.find((c) => c.id !== holder)?.id as CaregiverId;
const recordOf = (id: string, caregiverId: string, extra: object = {}) =>
  VisitRecord.parse({
    id,
    occurrenceKey: open.key,
    elderId: open.subject,
    caregiverIds: [caregiverId],
    on: open.due,
    channel: 'inPerson',
    kind: 'homeVisit',
    outcome: 'completed',
    recordedOn: open.due,
    ...extra,
  });
const stateOf = (result: ReturnType<typeof matchRecords>) =>
  occurrenceState(open, { asOf, records: result.outcomesOf[occurrences.indexOf(open)] ?? [] });

describe('crediting a duty’s visit', () => {
  it('credits every record of the planned caregivers, holder or deputy', () => {
    expect(match.notByHolder).toEqual([]);
    expect(match.matched).toHaveLength(records.length);
    expect(match.matched.every((at) => at >= 0)).toBe(true);
    expect(schedule.visits.some((v) => v.deputyFor !== undefined)).toBe(true);
  });

  it('does not let a non-holder’s record complete it, and reports it — by key or unplanned', () => {
    const keyed = recordOf('N-1', stranger);
    const { occurrenceKey: _, ...rest } = recordOf('N-2', stranger);
    const unplanned = VisitRecord.parse(rest);
    for (const record of [keyed, unplanned]) {
      const result = matchRecords(occurrences, [...records, record], context);
      expect(stateOf(result)).not.toBe('completed');
      expect(result.matched.at(-1)).toBe(-1);
      expect(result.notByHolder).toEqual([
        {
          recordId: record.id,
          occurrenceKey: open.key,
          duty: 'townshipContract',
          holderId: holder,
        },
      ]);
      // Still contact with the elder.
      expect(result.contacts.get(open.subject as never)?.any).toContain(open.due);
    }
    const byHolder = matchRecords(occurrences, [...records, recordOf('H-1', holder)], context);
    expect(stateOf(byHolder)).toBe('completed');
  });

  it('counts the deputy the schedule named, and anyone under credit: anyone', () => {
    const deputy = recordOf('D-1', stranger);
    const planned = [
      ...schedule.visits,
      { ...schedule.visits[0], occurrenceKey: open.key, caregiverId: stranger } as never,
    ];
    const withDeputy = matchRecords(occurrences, [...records, deputy], {
      pairings,
      scheduled: planned,
    });
    expect(stateOf(withDeputy)).toBe('completed');
    expect(withDeputy.notByHolder).toEqual([]);
    const anyone = matchRecords(occurrences, [...records, deputy], { pairings, credit: 'anyone' });
    expect(stateOf(anyone)).toBe('completed');
  });

  it('knows no holder without pairings: the strict rule credits no one and says so', () => {
    const result = matchRecords(occurrences, records);
    const dutyRecords = records.filter(
      (r) => byKey.get(r.occurrenceKey ?? '')?.planId !== 'census',
    );
    expect(result.notByHolder).toHaveLength(dutyRecords.length);
    expect(result.notByHolder.every((n) => n.holderId === undefined)).toBe(true);
  });

  it('a call to the children needs the children or parents; an unstated one is presumed', () => {
    const call = occurrences.find(
      (o, i) =>
        o.planId === 'calls' &&
        match.outcomesOf[i]?.length === 0 &&
        holderOf('villageContract', o.subject) !== undefined,
    );
    if (!call) throw new Error('no call left open');
    const callHolder = holderOf('villageContract', call.subject) as CaregiverId;
    const callBy = (id: string, extra: object) =>
      VisitRecord.parse({
        id,
        occurrenceKey: call.key,
        elderId: call.subject,
        caregiverIds: [callHolder],
        on: call.openFrom,
        channel: 'phone',
        kind: 'childContact',
        outcome: 'completed',
        recordedOn: call.openFrom,
        ...extra,
      });
    const withElder = callBy('P-1', { counterpart: 'elder' });
    const unstated = callBy('P-2', {});
    const toParents = callBy('P-3', { counterpart: 'parents' });
    const presumed = matchRecords(occurrences, [withElder, unstated], context);
    expect(presumed.orphans).toEqual([{ recordId: 'P-1', reason: 'notWithChildren' }]);
    expect(occurrences[presumed.matched[1] ?? -1]).toBe(call);
    const stated = matchRecords(occurrences, [unstated, toParents], {
      ...context,
      childContactCounterpart: 'stated',
    });
    expect(stated.orphans).toEqual([{ recordId: 'P-2', reason: 'notWithChildren' }]);
    expect(occurrences[stated.matched[1] ?? -1]).toBe(call);
  });

  it('checks its policy options', () => {
    expect(() => matchRecords(occurrences, records, { credit: 'nobody' as never })).toThrow(
      GuanaiError,
    );
    try {
      matchRecords(occurrences, records, { duties: [{ key: 'x' }] as never });
    } catch (error) {
      expect((error as GuanaiError).issues[0]?.path[0]).toBe('duties');
    }
  });
});

describe('coverage and the inspection table by duty and holder', () => {
  const input = { occurrences, records, elders: sample.elders, ...context };
  const period = { asOf, from, to };
  const totals = (rows: ReturnType<typeof coverage>) =>
    (['due', 'completed', 'late', 'overdue', 'expired', 'pending'] as const).map((field) =>
      rows.reduce((sum, row) => sum + row[field], 0),
    );

  it('counts by duty add up to the totals; a non-holder’s record changes no count', () => {
    const byDuty = coverage(input, { ...period, by: 'duty' });
    expect(byDuty.map((r) => r.group)).toEqual(['', 'townshipContract', 'villageContract']);
    expect(totals(byDuty)).toEqual(totals(coverage(input, { ...period, by: 'county' })));
    expect(byDuty.find((r) => r.group === 'townshipContract')?.late).toBeGreaterThan(0);
    const withStranger = coverage(
      { ...input, records: [...records, recordOf('N-9', stranger)] },
      { ...period, by: 'duty' },
    );
    expect(withStranger).toEqual(byDuty);
  });

  it('groups a duty’s visit under its holder', () => {
    const rows = coverage(input, { ...period, by: 'caregiver', dutyKeys: ['townshipContract'] });
    const weekly = occurrences.filter((o) => o.planId === 'weekly');
    const holders = new Set(weekly.map((o) => holderOf('townshipContract', o.subject) ?? ''));
    expect(new Set(rows.map((r) => r.group))).toEqual(holders);
  });

  it('the per-holder table agrees with coverage by caregiver over each duty’s visits', () => {
    const table = holderSummary({ ...input, caregivers: sample.caregivers }, period);
    for (const duty of ['townshipContract', 'villageContract']) {
      const rows = coverage(input, { ...period, by: 'caregiver', dutyKeys: [duty] });
      const lines = table.filter((r) => r.duty === duty && r.visitsDue > 0);
      expect(
        lines.map((r) => [r.caregiverId, r.visitsDue, r.visitsCompleted, r.late, r.expired]),
      ).toEqual(rows.map((r) => [r.group, r.due, r.completed, r.late, r.expired]));
    }
    const cadres = table.filter((r) => r.duty === 'townshipContract' && r.caregiverId !== '');
    expect(cadres.every((r) => r.role === 'townshipResponsibleCadre')).toBe(true);
    const held = pairings.filter((p) => p.duty === 'townshipContract').length;
    expect(cadres.reduce((n, r) => n + r.subjects, 0)).toBe(held);
    for (const row of table) {
      expect(row.visitsCompleted).toBeLessThanOrEqual(row.visitsDue);
      expect(row.late).toBeLessThanOrEqual(row.visitsCompleted);
    }
  });

  it('replaying the records in any order gives the same per-holder counts', () => {
    const log = [...records, recordOf('N-3', stranger), recordOf('H-3', holder)];
    const first = holderSummary({ ...input, records: log }, period);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (seed) => {
        const random = seededUniform(seed);
        const shuffled = log
          .map((record) => ({ record, at: random() }))
          .sort((a, b) => a.at - b.at)
          .map((x) => x.record);
        expect(holderSummary({ ...input, records: shuffled }, period)).toEqual(first);
      }),
      { numRuns: 10 },
    );
    expect(first.some((r) => r.visitsCompleted > 0)).toBe(true);
  });

  it('becomes a table with zh-CN and en labels', () => {
    const rows = holderSummary({ ...input, caregivers: sample.caregivers }, period);
    const zh = reportTable('holders', rows);
    const en = reportTable('holders', rows, { locale: 'en' });
    expect(zh.header.slice(0, 4)).toEqual(['包保人', '职务', '包保责任', '包保对象数']);
    expect(en.header[6]).toBe('visits made late');
    const cadre = zh.rows.find((cells) => cells[2] === '乡干部包保' && cells[0] !== '');
    expect(cadre?.[1]).toBe('乡包保干部');
    for (const table of [zh, en])
      for (const cells of table.rows) expect(cells).toHaveLength(table.header.length);
  });

  it('judges the weekly target on the township cadres’ visits only', () => {
    const weekly = SEED_TARGETS.find((t) => t.id === 'weeklyVisit');
    expect(weekly?.duty).toBe('townshipContract');
    const results = evaluateTargets(SEED_TARGETS, input, { asOf: plainDate('2026-09-16') });
    expect(results.filter((r) => r.targetId === 'weeklyVisit').length).toBeGreaterThan(0);
  });
});
