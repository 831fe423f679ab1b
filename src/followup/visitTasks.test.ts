/**
 * The visits still to make on a day, as tasks: due and overdue visits of the duties their
 * owners hold, from the same states as coverage and escalation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asOf,
  occurrences,
  pairings,
  records,
  sample,
  schedule,
} from '../../test/fixtures/dutyTownship.js';
import { matchRecords, VisitRecord, whoAnswers } from '../compliance/index.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, daysBetween } from '../models/index.js';
import { occurrenceState } from '../recurrence/index.js';
import { DEFAULT_FOLLOW_UP_RULES } from './followUpPolicy.js';
import { visitTasks } from './visitTasks.js';

const scheduled = schedule.visits;
const input = { occurrences, records, elders: sample.elders, pairings, scheduled };
const match = matchRecords(occurrences, records, { pairings, scheduled });
const tasks = visitTasks({ ...input, match }, { asOf });
const byKey = new Map(occurrences.map((o) => [o.key, o]));

describe('visitTasks', () => {
  it('lists exactly the visits open, due or overdue on asOf, by their state', () => {
    // Without retries, the states are occurrenceState's on the match, as coverage reads them.
    const noRetry = { ...DEFAULT_FOLLOW_UP_RULES, visits: { retryNotDone: [], source: '' } };
    const strict = visitTasks({ ...input, match }, { asOf, rules: noRetry });
    const expected = occurrences.filter((o, i) =>
      ['open', 'due', 'overdue'].includes(
        occurrenceState(o, { asOf, records: match.outcomesOf[i] ?? [] }),
      ),
    );
    expect(strict.length).toBeGreaterThan(0);
    expect(strict.map((t) => t.params.occurrenceKey).sort()).toEqual(
      expected.map((o) => o.key).sort(),
    );
    // With the default retries, the visits not done for a retryable reason come on top.
    const retried = tasks.filter((t) => !strict.some((s) => s.id === t.id));
    expect(retried.length).toBeGreaterThan(0);
    const placeOf = new Map(occurrences.map((o, i) => [o.key, i]));
    for (const task of retried) {
      const reasons = match.notDoneReasons[placeOf.get(task.params.occurrenceKey) ?? -1];
      expect(reasons?.every((r) => r.reason !== 'refused')).toBe(true);
    }
    expect(tasks.some((t) => t.kind === 'visitOverdue')).toBe(true);
    expect(tasks.some((t) => t.kind === 'visitDue')).toBe(true);
    // The match is made here when not given.
    expect(visitTasks(input, { asOf })).toEqual(tasks);
  });

  it('dates each: since its window opened, due the day before it falls overdue', () => {
    for (const task of tasks) {
      const visit = byKey.get(task.params.occurrenceKey);
      if (!visit) throw new Error('unknown visit');
      expect(task.id).toBe(`visit/${visit.key}`);
      expect([task.since, task.due]).toEqual([visit.openFrom, addDays(visit.overdueFrom, -1)]);
      expect(task.due >= task.since).toBe(true);
      expect(task.rule).toBe(visit.planId);
      if (task.kind === 'visitOverdue') {
        expect(task.priority).toBe(2);
        expect(task.params.daysOverdue).toBe(daysBetween(task.due, asOf));
        expect(task.params.daysOverdue).toBeGreaterThan(0);
      } else {
        expect(task.priority).toBe(3);
        expect(task.params.windowEnd).toBe(visit.expiresAt);
      }
    }
  });

  it('is owned by whoever answers for the visit — holder or planned deputy — with its duty', () => {
    const { caregiverOf, dutyOf } = whoAnswers({ pairings, scheduled });
    for (const task of tasks) {
      const visit = byKey.get(task.params.occurrenceKey);
      if (!visit) throw new Error('unknown visit');
      const caregiverId = caregiverOf(visit);
      expect(task.owner).toEqual(
        caregiverId
          ? { kind: 'caregiver', caregiverId }
          : { kind: 'body', body: 'villageCommittee', areaCode: task.villageCode },
      );
      expect(task.params.duty).toBe(dutyOf(visit)?.key ?? null);
    }
    expect(tasks.filter((t) => t.owner.kind === 'caregiver').length).toBeGreaterThan(0);
    const weekly = tasks.find((t) => t.params.duty === 'townshipContract');
    expect(weekly?.source).toBe('spec §3.1, §5.1 K01 · S18 L515');
    const census = tasks.find((t) => t.params.visitKind === 'census');
    expect([census?.params.duty, census?.source]).toEqual([null, 'spec §5.1']);
  });

  it('falls back to the village committee when nobody answers', () => {
    const alone = visitTasks({ occurrences, records: [], elders: sample.elders }, { asOf });
    const villageOf = new Map<string, string>(
      sample.elders.map((e) => [e.id, e.residence.villageCode]),
    );
    for (const task of alone)
      expect(task.owner).toEqual({
        kind: 'body',
        body: 'villageCommittee',
        areaCode: villageOf.get(task.subject.id),
      });
  });

  it('keeps a visit not done on the list unless the reason says not to retry', () => {
    const open = tasks.find((t) => t.kind === 'visitDue' && t.params.visitKind === 'homeVisit');
    const visit = byKey.get(open?.params.occurrenceKey ?? '');
    if (!open || !visit) throw new Error('no open home visit');
    const caregiverId = (open.owner as { caregiverId: string }).caregiverId;
    const notDone = (reason: string) =>
      VisitRecord.parse({
        id: `ND-${reason}`,
        occurrenceKey: visit.key,
        elderId: visit.subject,
        caregiverIds: [caregiverId],
        on: asOf,
        channel: 'inPerson',
        outcome: 'notDone',
        notDoneReason: reason,
        recordedOn: asOf,
      });
    const listed = (reason: string, rules = DEFAULT_FOLLOW_UP_RULES) =>
      visitTasks({ ...input, records: [...records, notDone(reason)] }, { asOf, rules }).some(
        (t) => t.id === open.id,
      );
    expect(listed('notAtHome')).toBe(true);
    expect(listed('refused')).toBe(false);
    const never = { ...DEFAULT_FOLLOW_UP_RULES, visits: { retryNotDone: [], source: 'local' } };
    expect(listed('notAtHome', never)).toBe(false);
  });

  it('codes a visit of an elder not in the ledger, and bad arguments', () => {
    try {
      visitTasks({ ...input, match, elders: sample.elders.slice(1) }, { asOf });
      expect.unreachable();
    } catch (error) {
      const [first] = (error as GuanaiError).issues;
      expect(first?.code).toBe('unknown_reference');
      expect(first?.path[0]).toBe('occurrences');
    }
    expect(() => visitTasks({ ...input, occurrences: 'x' as never }, { asOf })).toThrow(
      GuanaiError,
    );
    expect(() => visitTasks(input, { asOf: '2026-9-1' as never })).toThrow(GuanaiError);
    expect(() => visitTasks({ ...input, duties: [{ key: 'x' }] as never }, { asOf })).toThrow(
      GuanaiError,
    );
    // A match made of other visits (fewer, or the same in another order): its lists per visit
    // would be read at the wrong places.
    // A copy of the match (cloned, or sent to a worker) is checked visit by visit, and passes.
    expect(visitTasks({ ...input, match: structuredClone(match) }, { asOf })).toEqual(tasks);
    for (const other of [input.occurrences.slice(1), [...input.occurrences].reverse()]) {
      try {
        visitTasks({ ...input, occurrences: other, match }, { asOf });
        expect.unreachable();
      } catch (error) {
        expect((error as GuanaiError).issues.map((i) => [i.code, i.path])).toEqual([
          ['invalid_argument', ['match']],
        ]);
      }
    }
  });

  it('on any day: every task has an owner, due ≥ since, an id of its visit, none twice', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), (offset) => {
        const day = addDays(asOf, offset);
        const list = visitTasks({ ...input, match }, { asOf: day });
        expect(new Set(list.map((t) => t.id)).size).toBe(list.length);
        for (const task of list) {
          expect(task.owner).toBeDefined();
          expect(task.due >= task.since).toBe(true);
          expect(task.since <= day).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('visitTasks on malformed visits and pairings (found by fuzzing)', () => {
  const open = occurrences.find(
    (o) => o.openFrom <= asOf && asOf <= o.expiresAt && 'role' in o.who,
  ) as (typeof occurrences)[number];
  const bare = Object.create(null);
  const codes = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
    }
    return [];
  };
  const listOf =
    (occurrence: unknown, pairingList = pairings) =>
    () =>
      visitTasks(
        {
          occurrences: [occurrence as never],
          records: [],
          elders: sample.elders,
          pairings: pairingList,
        },
        { asOf },
      );

  it('names a channel or a role that is not text, and a pairing’s end, with their paths', () => {
    expect(codes(listOf({ ...open, channel: bare }))).toEqual([
      ['invalid_type', ['occurrences', 0, 'channel']],
    ]);
    expect(codes(listOf({ ...open, who: { role: bare } }))).toEqual([
      ['invalid_type', ['occurrences', 0, 'who', 'role']],
    ]);
    const ending = pairings.map((p) => ({ ...p, validTo: bare }));
    expect(codes(listOf(open, ending))).toEqual([['invalid_type', ['pairings', 0, 'validTo']]]);
  });
});
