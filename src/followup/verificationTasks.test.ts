/**
 * Verification (核实): a task per elder and fact that would settle an unknown answer, ranked so
 * the fewest questions settle the most answers, due by the end of the census month; filling the
 * fact removes it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  CADRE,
  day,
  elder,
  holding,
  tracked,
  unsure,
  VILLAGE,
} from '../../test/fixtures/followupRules.js';
import { classifyElder } from '../eligibility/index.js';
import type { GuanaiError } from '../errors/index.js';
import type { Elder } from '../models/index.js';
import { DEFAULT_FOLLOW_UP_RULES } from './followUpPolicy.js';
import { censusDeadline, verificationTasks } from './verificationTasks.js';

const asOf = ASOF;

describe('verificationTasks', () => {
  const tasks = verificationTasks(
    {
      elders: [tracked, unsure],
      holdings: [holding('E-4', 'villageContract', CADRE, '2026-01-01')],
    },
    { asOf },
  );

  it('lists each fact once per elder, with the unknown categories that list it', () => {
    // Four answers each: a tie, broken by path.
    expect(tasks.map((t) => [t.id, t.params.categories, t.rank])).toEqual([
      [
        'verifyFact/E-4/health.abilityAssessments',
        ['disabled', 'semiDisabled', 'keepOneChildHome', 'emptyNestPriority'],
        -4,
      ],
      [
        'verifyFact/E-4/household.children[0].awaySince',
        ['leftBehindElder', 'leftBehindScreeningScope', 'trackContinuously', 'entrustmentMissing'],
        -4,
      ],
    ]);
    const categories = classifyElder(unsure, { asOf }).categories;
    for (const task of tasks)
      for (const key of task.params.categories) {
        expect(categories[key].status).toBe('unknown');
        expect(categories[key].missing).toContain(task.params.fact);
      }
  });

  it('is the follow-up owner’s, priority 4, due by the end of the next census month', () => {
    for (const task of tasks)
      expect(task).toMatchObject({
        kind: 'verifyFact',
        priority: 4,
        owner: { kind: 'caregiver', caregiverId: CADRE },
        villageCode: VILLAGE,
        since: asOf,
        due: '2026-09-30',
        rule: 'verification',
        source: 'spec §5.2 K31 · S18 L493; spec §7 · S14 L379',
      });
    expect(censusDeadline(day('2026-03-31'), [3, 9])).toBe('2026-03-31');
    expect(censusDeadline(day('2026-04-01'), [9, 3])).toBe('2026-09-30');
    expect(censusDeadline(day('2026-10-01'), [3, 9])).toBe('2027-03-31');
    expect(censusDeadline(day('2028-01-15'), [2])).toBe('2028-02-29');
  });

  it('counts only the categories the rules name', () => {
    const rules = {
      ...DEFAULT_FOLLOW_UP_RULES,
      verification: { ...DEFAULT_FOLLOW_UP_RULES.verification, categories: ['disabled' as const] },
    };
    expect(
      verificationTasks({ elders: [unsure] }, { asOf, rules }).map((t) => [t.params, t.rank]),
    ).toEqual([[{ fact: 'health.abilityAssessments', categories: ['disabled'] }, -1]]);
  });

  it('ranks greedily: a fact bearing only on answers already touched comes after', () => {
    // Both risks unknown: each lists the one answer R2; the second adds nothing new.
    const risky = elder({
      id: 'E-6',
      risks: { safetyRisk: undefined, livingDifficulty: undefined },
    });
    const ranked = verificationTasks({ elders: [risky] }, { asOf });
    expect(ranked.map((t) => [t.params.fact, t.rank])).toEqual([
      ['risks.livingDifficulty', -1],
      ['risks.safetyRisk', 0],
    ]);
  });

  it('takes since from flaggedSince (the earliest of the categories), else updatedOn', () => {
    const flaggedSince = (_: string, category: string) =>
      category === 'disabled' ? day('2026-04-01') : undefined;
    const withStart = verificationTasks(
      { elders: [{ ...unsure, updatedOn: day('2026-05-01') }], flaggedSince },
      { asOf },
    );
    expect(withStart.map((t) => [t.params.fact, t.since])).toEqual([
      ['health.abilityAssessments', '2026-04-01'],
      ['household.children[0].awaySince', '2026-05-01'],
    ]);
  });

  it('codes bad rules under their path', () => {
    const rules = {
      ...DEFAULT_FOLLOW_UP_RULES,
      verification: { categories: ['nope'], censusMonths: [13], source: '' },
    };
    try {
      verificationTasks({ elders: [] }, { asOf, rules: rules as never });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_value', ['rules', 'verification', 'categories', 0]],
        ['invalid_value', ['rules', 'verification', 'censusMonths', 0]],
      ]);
    }
  });

  it('drops a task once its fact is filled, and never raises one for a known fact', () => {
    const fills: Record<string, (e: Elder) => Elder> = {
      'household.children[0].awaySince': (e) => ({
        ...e,
        household: {
          ...e.household,
          children: e.household.children?.map((c) => ({ ...c, awaySince: day('2025-01-01') })),
        },
      }),
      'health.abilityAssessments': (e) => ({
        ...e,
        health: {
          ...e.health,
          abilityAssessments: [
            {
              level: 'intact',
              assessedOn: day('2026-03-01'),
              assessor: '县评估中心',
              standard: 'GB/T 42195-2022',
            },
          ],
        },
      }),
      'risks.safetyRisk': (e) => ({ ...e, risks: { ...e.risks, safetyRisk: false } }),
      'risks.livingDifficulty': (e) => ({ ...e, risks: { ...e.risks, livingDifficulty: false } }),
    };
    const start = elder({
      id: 'E-8',
      household: { children: [{ ...unsure.household.children?.[0] }] },
      health: { abilityAssessments: undefined },
      risks: { safetyRisk: undefined, livingDifficulty: undefined },
    });
    fc.assert(
      fc.property(fc.subarray(Object.keys(fills)), (filled) => {
        const subject = filled.reduce((e, fact) => (fills[fact] as (e: Elder) => Elder)(e), start);
        const facts = verificationTasks({ elders: [subject] }, { asOf }).map((t) => t.params.fact);
        for (const fact of filled) expect(facts).not.toContain(fact);
        for (const task of verificationTasks({ elders: [subject] }, { asOf })) {
          expect(task.due >= task.since).toBe(true);
          expect(task.id).toBe(`verifyFact/E-8/${task.params.fact}`);
        }
      }),
    );
  });
});

describe('verificationTasks on an elder with many facts', () => {
  it('ranks thousands of facts in time (the greedy pass runs once per category it settles)', () => {
    const child = { ...unsure.household.children?.[0], awaySince: undefined };
    const many = elder({
      id: 'E-9',
      household: { children: Array.from({ length: 8000 }, () => child) },
    });
    const started = Date.now();
    const tasks = verificationTasks({ elders: [many] }, { asOf });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(tasks.length).toBeGreaterThanOrEqual(8000);
    // The order is the greedy one: the first fact bears on the most answers.
    const ranks = tasks.map((t) => t.rank ?? 0);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});
