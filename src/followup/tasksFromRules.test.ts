/**
 * The tasks from rules over a sample township with its duty lines: every task has an owner, a
 * deadline on or after its start, an id no other task has, and the list does not depend on the
 * order the elders come in.
 */
import { describe, expect, it } from 'vitest';
import { asOf, pairing, records, sample } from '../../test/fixtures/dutyTownship.js';
import { classifyLedger } from '../eligibility/index.js';
import { familyTasks } from './familyTasks.js';
import type { Task } from './task.js';
import { trackingTasks } from './trackingTasks.js';
import { verificationTasks } from './verificationTasks.js';

const holdings = pairing.duties?.holdings ?? [];
const input = { elders: sample.elders, holdings, records };
const all = (elders = sample.elders, statuses?: ReturnType<typeof classifyLedger>['results']) => {
  const given = { ...input, elders, ...(statuses ? { statuses } : {}) };
  return [
    ...trackingTasks(given, { asOf }),
    ...familyTasks(given, { asOf }),
    ...verificationTasks(given, { asOf }),
  ] as Task[];
};

describe('tasks from rules on a township', () => {
  const tasks = all();

  it('raises every kind, each with an owner, since ≤ asOf ≤ … and due ≥ since', () => {
    const kinds = new Set(tasks.map((t) => t.kind));
    for (const kind of ['trackingContact', 'notifyFamily', 'arrangeEntrustment', 'verifyFact'])
      expect(kinds).toContain(kind);
    expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
    for (const task of tasks) {
      expect(task.owner).toBeDefined();
      expect(task.since <= asOf).toBe(true);
      expect(task.due >= task.since).toBe(true);
      expect(task.id.startsWith(`${task.kind}/${task.subject.id}`)).toBe(true);
    }
    // The holders own the tracking and the questions; the committee the family's acts.
    expect(tasks.some((t) => t.kind === 'verifyFact' && t.owner.kind === 'caregiver')).toBe(true);
    for (const task of tasks.filter((t) => t.rule === 'priorityAssistanceTarget'))
      expect(task.owner).toMatchObject({ kind: 'body', body: 'villageCommittee' });
  });

  it('is the same whatever the elders’ order, and with the statuses of classifyLedger', () => {
    expect(all([...sample.elders].reverse())).toEqual(tasks);
    expect(all(sample.elders, classifyLedger(sample.elders, { asOf }).results)).toEqual(tasks);
  });
});
