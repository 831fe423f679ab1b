import type { AbilityAssessment, Elder, PlainDate } from '../models/index.js';
import { dayKey, daysBetweenKeys } from './dayKey.js';
import type { PolicyParameters } from './policy.js';

const NO_ASSESSMENTS: readonly AbilityAssessment[] = [];

/**
 * The ability assessment in force on asOf, as the 失能 rules read it: the latest made by then
 * (as `assessmentOn` finds it, without re-checking asOf per elder), none when older than the
 * policy's `assessmentValidDays`. Days are counted on day keys, with no parse per elder.
 * @internal
 */
export function assessmentInForce(
  elder: Elder,
  asOf: PlainDate,
  asOfKey: number,
  policy: PolicyParameters,
): AbilityAssessment | undefined {
  let current: AbilityAssessment | undefined;
  for (const assessment of elder.health.abilityAssessments ?? NO_ASSESSMENTS) {
    const on = assessment.assessedOn;
    if (on <= asOf && (!current || on >= current.assessedOn)) current = assessment;
  }
  const validDays = policy.assessmentValidDays;
  if (
    current &&
    validDays !== null &&
    daysBetweenKeys(dayKey(current.assessedOn), asOfKey) > validDays
  )
    return undefined;
  return current;
}
