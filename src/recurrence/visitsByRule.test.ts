import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlainDate } from '../models/index.js';
import type { VisitPlan } from './visitPlan.js';
import { VisitsByRule } from './visitsByRule.js';

/** A plan as far as its rule goes: the fields VisitsByRule reads. */
function planOf(rule: {
  cadence: object;
  window?: object;
  holidayPolicy?: string;
  validFrom?: string;
  validTo?: string;
}): VisitPlan {
  return {
    holidayPolicy: 'keep',
    validFrom: '2026-01-01' as PlainDate,
    ...rule,
  } as unknown as VisitPlan;
}

const ruleText = (plan: VisitPlan) =>
  JSON.stringify([plan.cadence, plan.window, plan.holidayPolicy, plan.validFrom, plan.validTo]);

describe('VisitsByRule', () => {
  it('shares the visits of equal rules, whatever the objects and their key order', () => {
    const dated = new VisitsByRule<string>();
    let calls = 0;
    const date = (plan: VisitPlan) => `${++calls}:${ruleText(plan)}`;
    const weekly = dated.visitsOf(
      planOf({ cadence: { type: 'quota', period: 'week', count: 1 } }),
      date,
      0,
    );
    const same = dated.visitsOf(
      planOf({ cadence: { count: 1, period: 'week', type: 'quota' } }),
      date,
      0,
    );
    expect(same).toBe(weekly);
    expect(calls).toBe(1);
    const months = [3, 9];
    const census = { type: 'quota', period: 'month', count: 1, months };
    dated.visitsOf(planOf({ cadence: census }), date, 0);
    dated.visitsOf(planOf({ cadence: { ...census, months: [3, 9] } }), date, 0);
    expect(calls).toBe(2);
    // Nested values are not compared field by field: the rule's text still finds the match.
    const yearly = () => planOf({ cadence: { type: 'yearly', dates: [{ month: 3, day: 5 }] } });
    expect(dated.visitsOf(yearly(), date, 0)).toBe(dated.visitsOf(yearly(), date, 0));
    expect(calls).toBe(3);
  });

  it('dates again for any field that differs', () => {
    const dated = new VisitsByRule<number>();
    let calls = 0;
    const date = () => ++calls;
    const cadence = { type: 'quota', period: 'week', count: 1 };
    const plans = [
      planOf({ cadence }),
      planOf({ cadence: { ...cadence, count: 2 } }),
      planOf({ cadence, holidayPolicy: 'skip' }),
      planOf({ cadence, validFrom: '2026-01-02' }),
      planOf({ cadence, validTo: '2026-12-31' }),
      planOf({ cadence, window: { type: 'period', graceDays: 0 } }),
      planOf({ cadence: { ...cadence, months: [3] } }),
      planOf({ cadence: { type: 'quota', period: 'week', count: 1, months: [] } }),
    ];
    expect(plans.map((plan) => dated.visitsOf(plan, date, 0))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('gives every plan the visits of its own rule, dated once per rule, past the recent few', () => {
    const pool = Array.from({ length: 12 }, (_, i) =>
      planOf({
        cadence: { type: 'monthlyDay', day: (i % 6) + 1, interval: 1 + Math.floor(i / 6) },
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: pool.length - 1 }), { maxLength: 60 }),
        (picks) => {
          const dated = new VisitsByRule<string>();
          const seen = new Set<string>();
          for (const pick of picks) {
            const plan = pool[pick] as VisitPlan;
            const got = dated.visitsOf(
              plan,
              (same) => {
                const text = ruleText(same);
                expect(seen.has(text)).toBe(false);
                seen.add(text);
                return text;
              },
              0,
            );
            expect(got).toBe(ruleText(plan));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
