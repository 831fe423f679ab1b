/**
 * The village committee's acts for the family (spec §2 R2, R6): notify the family and report to
 * the township with one deadline, arrange an entrusted carer; closed by a completion dated
 * from the flag's start, gone with the flag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  atRisk,
  day,
  elder,
  notLeftBehind,
  tracked,
  VILLAGE,
} from '../../test/fixtures/followupRules.js';
import { GuanaiError } from '../errors/index.js';
import { addDays } from '../models/index.js';
import { familyTasks } from './familyTasks.js';
import { DEFAULT_FOLLOW_UP_RULES } from './followUpPolicy.js';
import type { TaskCompletion } from './taskCompletion.js';

const asOf = ASOF;
const committee = { kind: 'body', body: 'villageCommittee', areaCode: VILLAGE } as const;
const done = (taskId: string, on: string): TaskCompletion => ({
  taskId,
  on: day(on),
  by: committee as TaskCompletion['by'],
});

describe('familyTasks', () => {
  it('asks the village committee to notify the family and report to the township, together (R2)', () => {
    const tasks = familyTasks({ elders: [atRisk, notLeftBehind] }, { asOf });
    const r2 = tasks.filter((t) => t.rule === 'priorityAssistanceTarget');
    expect(r2.map((t) => t.id)).toEqual(['notifyFamily/E-2', 'reportToTownship/E-2']);
    for (const task of r2) {
      expect(task).toMatchObject({
        priority: 1,
        owner: committee,
        subject: { kind: 'elder', id: 'E-2' },
        villageCode: VILLAGE,
        since: '2026-06-20',
        due: '2026-06-23',
        params: {},
        source: 'spec §2 R2 · S14 L369',
      });
    }
  });

  it('asks the village committee to see a carer entrusted when none is (R6), within 30 days', () => {
    const [task, ...rest] = familyTasks({ elders: [tracked] }, { asOf });
    expect(rest).toEqual([]);
    expect(task).toEqual({
      id: 'arrangeEntrustment/E-1',
      kind: 'arrangeEntrustment',
      priority: 3,
      owner: committee,
      subject: { kind: 'elder', id: 'E-1' },
      villageCode: VILLAGE,
      since: '2026-05-01',
      due: '2026-05-31',
      params: {},
      rule: 'entrustmentMissing',
      source: 'spec §2 R6 · S14 L367',
    });
    const entrusted = elder({
      household: { entrustedCarer: { name: '李四', relation: 'relative', since: '2026-03-01' } },
    });
    expect(familyTasks({ elders: [entrusted] }, { asOf })).toEqual([]);
  });

  it('is closed by a completion dated from the flag’s start to asOf, not before or after', () => {
    const ids = (completions: TaskCompletion[]) =>
      familyTasks({ elders: [atRisk], completions }, { asOf }).map((t) => t.id);
    expect(ids([done('notifyFamily/E-2', '2026-06-21')])).toEqual([
      'reportToTownship/E-2',
      'arrangeEntrustment/E-2',
    ]);
    expect(ids([done('notifyFamily/E-2', '2026-06-19')])).toContain('notifyFamily/E-2');
    expect(ids([done('notifyFamily/E-2', '2026-07-01')])).toContain('notifyFamily/E-2');
    // The flag came back later: the old completion does not close the new task.
    const again = familyTasks(
      {
        elders: [atRisk],
        completions: [done('notifyFamily/E-2', '2026-06-21')],
        flaggedSince: () => day('2026-06-25'),
      },
      { asOf },
    );
    expect(again.map((t) => t.id)).toContain('notifyFamily/E-2');
  });

  it('takes its days from the rules', () => {
    const rules = {
      ...DEFAULT_FOLLOW_UP_RULES,
      family: { days: 1, source: 'local R2' },
      entrustment: { days: 7, source: 'local R6' },
    };
    const tasks = familyTasks({ elders: [atRisk] }, { asOf, rules });
    expect(tasks.map((t) => [t.kind, t.due, t.source])).toEqual([
      ['notifyFamily', '2026-06-21', 'local R2'],
      ['reportToTownship', '2026-06-21', 'local R2'],
      ['arrangeEntrustment', '2026-06-27', 'local R6'],
    ]);
  });

  it('codes a bad elder under its index and bad rules under their path', () => {
    const error = (() => {
      try {
        familyTasks({ elders: [atRisk, { ...atRisk, birthDate: 'soon' } as never] }, { asOf });
      } catch (caught) {
        return caught as GuanaiError;
      }
    })();
    expect(error).toBeInstanceOf(GuanaiError);
    expect(error?.issues[0]?.path.slice(0, 2)).toEqual(['elders', 1]);
    const rules = { ...DEFAULT_FOLLOW_UP_RULES, family: { days: 400, source: '' } };
    expect(() => familyTasks({ elders: [] }, { asOf, rules })).toThrow(GuanaiError);
  });

  it('raises a task exactly while its flag holds and no completion since its start closes it', () => {
    const tri = fc.constantFrom(true, false, undefined);
    const dayArb = fc.integer({ min: -60, max: 0 }).map((n) => addDays(asOf, n));
    fc.assert(
      fc.property(tri, tri, dayArb, fc.option(dayArb, { nil: undefined }), (s, l, start, on) => {
        const subject = elder({ id: 'E-5', risks: { safetyRisk: s, livingDifficulty: l } });
        const flagged = s === true || l === true; // the default policy reads 和 as "or"
        const completions = on ? [done('notifyFamily/E-5', on)] : [];
        const input = { elders: [subject], completions, flaggedSince: () => start };
        const tasks = familyTasks(input, { asOf });
        const notify = tasks.find((t) => t.kind === 'notifyFamily');
        expect(notify !== undefined).toBe(flagged && !(on !== undefined && on >= start));
        expect(tasks.some((t) => t.kind === 'reportToTownship')).toBe(flagged);
        for (const task of tasks) {
          expect(task.due >= task.since).toBe(true);
          expect(task.owner).toEqual(committee);
        }
        // The same tasks whatever order the elders come in.
        const both = familyTasks({ ...input, elders: [subject, atRisk] }, { asOf });
        expect(familyTasks({ ...input, elders: [atRisk, subject] }, { asOf })).toEqual(both);
      }),
    );
  });
});

describe('familyTasks on malformed elders and duty lines (found by fuzzing)', () => {
  const codes = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
    }
    return [];
  };

  it('names an updatedOn or a duty line’s end that is not text, not an undiagnosed failure', () => {
    const stale = { ...atRisk, updatedOn: Object.create(null) };
    expect(codes(() => familyTasks({ elders: [tracked, stale] }, { asOf }))).toEqual([
      ['invalid_type', ['elders', 1, 'updatedOn']],
    ]);
    const line = {
      duty: 'villageContract',
      subject: { kind: 'elder', id: 'E-1' },
      caregiverId: 'C-7',
      from: '2026-01-01',
      to: Object.create(null),
    };
    expect(
      codes(() => familyTasks({ elders: [tracked], holdings: [line as never] }, { asOf })),
    ).toEqual([['invalid_type', ['holdings', 0, 'to']]]);
  });
});
