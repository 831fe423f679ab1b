/** The assessment in force, on day keys, against assessmentOn and daysBetween of guanai/models. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AbilityAssessment,
  addDays,
  assessmentOn,
  daysBetween,
  type Elder,
  type PlainDate,
  plainDate,
} from '../models/index.js';
import { assessmentInForce } from './assessmentInForce.js';
import { dayKey } from './dayKey.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';

const START = plainDate('2024-12-01');
const dayArb = fc.integer({ min: 0, max: 800 }).map((n) => addDays(START, n));
const LEVELS = ['intact', 'mild', 'moderate', 'severe', 'total'] as const;
const assessmentArb = fc.record({ assessedOn: dayArb, level: fc.constantFrom(...LEVELS) });

/** The straightforward reading: the latest by asOf, dropped when older than the valid days. */
function straightforward(elder: Elder, asOf: PlainDate, validDays: number | null) {
  const found = assessmentOn(elder.health, asOf);
  return found && validDays !== null && daysBetween(found.assessedOn, asOf) > validDays
    ? undefined
    : found;
}

describe('assessmentInForce', () => {
  it('finds the assessment assessmentOn finds, and drops it when too old, as daysBetween counts', () => {
    fc.assert(
      fc.property(
        fc.array(assessmentArb, { maxLength: 4 }),
        dayArb,
        fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
        (assessments, asOf, validDays) => {
          const elder = { health: { abilityAssessments: assessments } } as unknown as Elder;
          const policy = { ...DEFAULT_POLICY.parameters, assessmentValidDays: validDays };
          expect(assessmentInForce(elder, asOf, dayKey(asOf), policy)).toBe(
            straightforward(elder, asOf, validDays),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is none without assessments', () => {
    const elder = { health: {} } as unknown as Elder;
    const asOf = plainDate('2026-06-30');
    const none: AbilityAssessment | undefined = assessmentInForce(
      elder,
      asOf,
      dayKey(asOf),
      DEFAULT_POLICY.parameters,
    );
    expect(none).toBeUndefined();
  });
});
