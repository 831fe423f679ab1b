/**
 * A township's day of follow-up in one call: every kind of task, owned and dated, each in one
 * owner's list, and the same whatever order the lists come in.
 */
import { describe, expect, it } from 'vitest';
import {
  asOf,
  occurrences,
  pairing,
  pairings,
  records,
  sample,
  schedule,
} from '../../test/fixtures/dutyTownship.js';
import type { GuanaiError } from '../errors/index.js';
import { CaseEvent } from './caseEvent.js';
import { followUp } from './followUp.js';
import { compareTasks, type Task } from './task.js';
import { ownerKey } from './taskIndex.js';
import { tasksFor } from './tasksFor.js';

const holdings = pairing.duties?.holdings ?? [];
// One incident a visitor found, so that a case opens.
const withIncident = records.map((record, index) =>
  index === 0 && record.outcome === 'completed'
    ? { ...record, incident: { kind: 'criticalIllness' as const } }
    : record,
);
const input = {
  elders: sample.elders,
  caregivers: sample.caregivers,
  holdings,
  occurrences,
  records: withIncident,
  pairings,
  scheduled: schedule.visits,
};

describe('followUp', () => {
  const day = followUp(input, { asOf });
  const tasks = day.tasks.tasks;

  it('raises visits, tracking, the family, verification, a case and referrals', () => {
    const kinds = new Set(tasks.map((task) => task.kind));
    for (const kind of [
      'visitDue',
      'trackingContact',
      'notifyFamily',
      'verifyFact',
      'caseStep',
      'referralAction',
    ] as const)
      expect(kinds).toContain(kind);
    expect(day.cases.cases).toHaveLength(1);
    expect(day.newSuggestions.length).toBeGreaterThan(0);
  });

  it('gives every task an owner, a deadline not before its start and an id of its own', () => {
    expect(new Set(tasks.map((task) => task.id)).size).toBe(tasks.length);
    for (const task of tasks) {
      expect(task.owner).toBeDefined();
      expect(task.due >= task.since).toBe(true);
    }
    expect([...tasks].sort(compareTasks)).toEqual(tasks);
  });

  it("puts each task in exactly one owner's list, and all in the township's", () => {
    const owners = new Map(tasks.map((task) => [ownerKey(task.owner), task.owner]));
    const listed = [...owners.values()].flatMap((owner) =>
      tasksFor(owner.kind === 'caregiver' ? { caregiverId: owner.caregiverId } : owner, day.tasks),
    );
    expect(listed.map((task) => task.id).sort()).toEqual(tasks.map((task) => task.id).sort());
    const township = sample.county.townships[0]?.code ?? '';
    expect(tasksFor({ areaCode: township }, day.tasks)).toEqual(tasks);
  });

  it('does not depend on the order of the lists', () => {
    const reversed = followUp(
      {
        ...input,
        elders: [...input.elders].reverse(),
        records: [...input.records].reverse(),
        occurrences: [...occurrences].reverse(),
        holdings: [...holdings].reverse(),
      },
      { asOf },
    );
    const ids = (list: readonly Task[]) => list.map((task) => task.id);
    expect(ids(reversed.tasks.tasks)).toEqual(ids(tasks));
    expect(reversed.tasks.tasks).toEqual(tasks);
  });

  it('keeps a stored suggestion and its events, and raises no second suggestion for it', () => {
    const next = followUp({ ...input, referralSuggestions: day.newSuggestions }, { asOf });
    expect(next.newSuggestions).toEqual([]);
    expect(next.referrals.referrals).toEqual(day.referrals.referrals);
  });
});

describe('followUp on malformed lists (found by fuzzing)', () => {
  it('checks the lists it reads itself, as one GuanaiError', () => {
    try {
      followUp({ ...input, caseEvents: {} as never, referralEvents: 'x' as never }, { asOf });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_argument', ['caseEvents']],
        ['invalid_argument', ['referralEvents']],
      ]);
    }
  });

  it('rejects a case event that is not one at its index in caseEvents, and keeps the others', () => {
    const opened = CaseEvent.parse({
      id: 'K-9/opened',
      caseId: 'K-9',
      type: 'opened',
      on: '2026-09-01',
      by: {
        kind: 'body',
        body: 'villageCommittee',
        areaCode: sample.elders[0]?.residence.villageCode,
      },
      origin: 'familyReport',
      elderId: sample.elders[0]?.id,
      incident: 'criticalIllness',
    });
    const day = followUp({ ...input, caseEvents: [opened, null as never] }, { asOf });
    expect(day.cases.rejected.map((r) => [r.index, r.issues[0]?.code])).toEqual([
      [1, 'invalid_type'],
    ]);
    expect(day.cases.cases.map((c) => c.id)).toContain('K-9');
  });
});
