import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { county, elders, ev, fullCase, township, village } from '../../test/fixtures/cases.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, plainDate } from '../models/index.js';
import { caseTasks } from './caseTasks.js';
import { replayCases } from './replayCases.js';
import { compareTasks } from './task.js';

const asOf = plainDate('2026-06-06');
const replay = (events = fullCase('K-1').slice(0, 3), day = asOf) =>
  replayCases({ events, elders }, { asOf: day }).cases;

describe('caseTasks', () => {
  it('gives a task for each step still to take, owned by its owner', () => {
    const tasks = caseTasks(replay(undefined, plainDate('2026-06-02')), {
      asOf: plainDate('2026-06-02'),
    });
    expect(tasks.map((t) => [t.id, t.kind, t.priority, t.owner, t.since, t.due])).toEqual([
      ['caseStep/K-1/countyInformed', 'caseStep', 0, township, '2026-06-01', '2026-06-03'],
      ['caseStep/K-1/responding', 'caseStep', 0, township, '2026-06-01', '2026-06-03'],
    ]);
    expect(tasks[0]).toMatchObject({
      subject: { kind: 'elder', id: 'E-1' },
      villageCode: '530325101203',
      params: { caseId: 'K-1', step: 'countyInformed' },
      rule: 'leftBehindIncidentReport',
      source: 'spec §2 R4 · S14 L379',
    });
  });

  it('escalates a late step one level up: the township’s to the county', () => {
    const tasks = caseTasks(replay(), { asOf }).sort(compareTasks);
    expect(
      tasks.map((t) => [t.id, t.owner.kind === 'body' && t.owner.body, t.since, t.due]),
    ).toEqual([
      ['caseStep/K-1/countyInformed', 'townshipGovernment', '2026-06-01', '2026-06-03'],
      ['caseStep/K-1/responding', 'townshipGovernment', '2026-06-01', '2026-06-03'],
      ['caseStepLate/K-1/countyInformed', 'countyCivilAffairs', '2026-06-04', '2026-06-04'],
      ['caseStepLate/K-1/responding', 'countyCivilAffairs', '2026-06-04', '2026-06-04'],
    ]);
    const late = tasks.find((t) => t.kind === 'caseStepLate');
    expect(late?.params).toEqual({
      caseId: 'K-1',
      step: 'countyInformed',
      daysLate: 3,
      lateOwner: township,
    });
  });

  it('sends the village’s late step to the township, the 组 cadres’ to the village, and keeps the county’s', () => {
    const opened = ev('K-2', 'opened', '2026-06-01');
    const group = ev('K-3', 'opened', '2026-06-01', {
      origin: 'mutualAidGroup',
      incident: undefined,
      majorEvent: 'illness',
    });
    const tasks = caseTasks(replay([opened, group]), {
      asOf: plainDate('2026-06-03'),
    }).filter((t) => t.kind === 'caseStepLate');
    const up = tasks.map((t) => [
      t.params.step,
      t.kind === 'caseStepLate' && t.params.lateOwner.kind === 'body' && t.params.lateOwner.body,
      t.owner.kind === 'body' && t.owner.body,
    ]);
    expect(up).toEqual([
      ['acknowledged', 'villageCommittee', 'townshipGovernment'],
      ['townshipInformed', 'villageCommittee', 'townshipGovernment'],
      ['acknowledged', 'groupCadre', 'villageCommittee'],
    ]);
    const countyOwns = [
      { step: 'resolved' as const, owner: 'countyCivilAffairs' as const, days: 0, source: 's' },
    ];
    const events = [...fullCase('K-4').slice(0, 5)];
    const cases = replayCases({ events, elders }, { asOf, steps: countyOwns }).cases;
    const late = caseTasks(cases, { asOf }).find((t) => t.kind === 'caseStepLate');
    expect(late?.owner).toEqual(county);
  });

  it('gives nothing for a closed case, nor for a step not yet possible', () => {
    expect(caseTasks(replay(fullCase('K-1'), plainDate('2026-06-30')), { asOf })).toEqual([]);
    expect(caseTasks(replay(), { asOf: plainDate('2026-05-31') })).toEqual([]);
  });

  it('throws one GuanaiError for bad arguments', () => {
    expect(() => caseTasks('x' as never, { asOf })).toThrow(GuanaiError);
    expect(() => caseTasks([], { asOf: 'today' } as never)).toThrow(GuanaiError);
    expect(() => caseTasks([{ id: 'K' }] as never, { asOf })).toThrow(GuanaiError);
  });

  it('gives every task an owner and a deadline not before it began', () => {
    const dayArb = fc.integer({ min: 0, max: 40 }).map((n) => addDays(plainDate('2026-06-01'), n));
    fc.assert(
      fc.property(fc.subarray(fullCase('K-1')), dayArb, (events, day) => {
        const cases = replayCases({ events, elders }, { asOf: day }).cases;
        const tasks = caseTasks(cases, { asOf: day });
        for (const task of tasks) {
          expect(['caregiver', 'body']).toContain(task.owner.kind);
          expect(task.due >= task.since).toBe(true);
          expect(task.since <= day).toBe(true);
        }
        if (cases[0]?.step === 'closed') expect(tasks).toEqual([]);
        expect(new Set(tasks.map((t) => t.id)).size).toBe(tasks.length);
      }),
      { numRuns: 200 },
    );
    expect(village.body).toBe('villageCommittee');
  });
});

describe('caseTasks on malformed cases (found by fuzzing)', () => {
  it('names a step due that is not one at its path, not an undiagnosed failure', () => {
    const [one] = replay();
    const pending = [{ ...one?.pending[0], since: Object.create(null) }];
    try {
      caseTasks([{ ...one, pending } as never], { asOf });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_type', ['cases', 0, 'pending', 0, 'since']],
      ]);
    }
  });
});
