import type { Elder, ElderId, PlainDate } from '../models/index.js';
import { elderContext } from './context.js';
import type { IncidentKind } from './incident.js';
import { DEFAULT_POLICY, type Policy } from './policy.js';
import type { CategoryKey, CategoryResult } from './reason.js';
import { ageAtLeast, livesInCountryside } from './rules/commonConditions.js';
import { emptyNestElder } from './rules/emptyNest.js';
import { leftBehindElder, leftBehindScreeningScope } from './rules/leftBehind.js';
import {
  emptyNestPriority,
  entrustmentMissing,
  facilityPriority,
  immediateReport,
  keepOneChildHome,
  lowFeeCareEligible,
  priorityAssistanceTarget,
  priorityTarget,
  trackContinuously,
} from './rules/priority.js';
import {
  abilityCategory,
  advancedAge,
  economicHardship,
  livesAlone,
  recordedStatus,
} from './rules/statuses.js';

/**
 * Options of {@link classifyElder}.
 * @category Eligibility
 */
export interface ClassifyOptions {
  /** The day the classification is for: ages and absences are measured to it. */
  readonly asOf: PlainDate;
  /** The policy in force (default {@link DEFAULT_POLICY}); see `selectPolicy`. */
  readonly policy?: Policy;
  /** Situations found on a visit that call for an immediate report (spec §2 R4). */
  readonly incidents?: readonly IncidentKind[];
}

/**
 * Every category of one elder as of one day, with the policy it was decided under.
 * @category Eligibility
 */
export interface Classification {
  readonly elderId: ElderId;
  readonly asOf: PlainDate;
  readonly policyId: string;
  readonly categories: Readonly<Record<CategoryKey, CategoryResult>>;
}

/**
 * Classify an elder as of `asOf`: 留守 (left-behind) and its screening scope, 空巢 (empty-nest),
 * 独居, 孤寡, 高龄, 失能 / 半失能, 低保 / 特困 / 五保 / 三无, 经济困难, and the priority and risk
 * rules of spec §2 (重点对象, 重点帮扶对象, 随时跟踪, immediate report, keep a child home,
 * entrustment, low-fee care, 空巢 emphasis, facility priority). Each category answers `yes`,
 * `no` or `unknown`, with every condition evaluated (`reasons`), the facts that would decide an
 * `unknown` (`missing`) and the rule's citation. The answer is advisory (PIPL art. 24): render
 * it for people with `explain` from `guanai/i18n`.
 *
 * The elder must be validated (`parse(Elder, row)` or `parseLedger`); the function is pure and
 * reads no clock.
 *
 * @example
 * ```ts
 * const result = classifyElder(elder, { asOf: plainDate('2026-06-30') });
 * result.categories.leftBehindElder.status;  // 'yes' | 'no' | 'unknown'
 * result.categories.leftBehindElder.missing; // e.g. ['household.children[1].awaySince']
 * ```
 * @category Eligibility
 */
export function classifyElder(elder: Elder, options: ClassifyOptions): Classification {
  const policy = options.policy ?? DEFAULT_POLICY;
  const context = elderContext(elder, options.asOf, policy.parameters);
  const { economic, household } = elder;
  const age = advancedAge(context);
  const base = {
    leftBehindElder: leftBehindElder(context),
    leftBehindScreeningScope: leftBehindScreeningScope(context),
    emptyNestElder: emptyNestElder(context, age.status),
    livesAlone: livesAlone(context),
    solitaryElder: recordedStatus(
      'solitaryElder',
      'solitary',
      household.solitary,
      'household.solitary',
    ),
    advancedAge: age,
    disabled: abilityCategory(context, 'disabled'),
    semiDisabled: abilityCategory(context, 'semiDisabled'),
    minimumLivingAllowance: recordedStatus(
      'minimumLivingAllowance',
      'minimumLivingAllowance',
      economic.minimumLivingAllowance,
      'economic.minimumLivingAllowance',
    ),
    extremeHardship: recordedStatus(
      'extremeHardship',
      'extremeHardship',
      economic.extremeHardship,
      'economic.extremeHardship',
    ),
    fiveGuarantee: recordedStatus(
      'fiveGuarantee',
      'fiveGuarantee',
      economic.fiveGuarantee,
      'economic.fiveGuarantee',
    ),
    threeNo: recordedStatus('threeNo', 'threeNo', economic.threeNo, 'economic.threeNo'),
    economicHardship: economicHardship(context),
  };
  // The priority rules read the base categories and never each other; filling in the same
  // object (no spread) keeps this hot path lean.
  const categories = base as Record<CategoryKey, CategoryResult>;
  categories.priorityTarget = priorityTarget(context, categories);
  categories.priorityAssistanceTarget = priorityAssistanceTarget(context, categories);
  categories.trackContinuously = trackContinuously(context, categories);
  categories.immediateReport = immediateReport(context, categories, options.incidents ?? []);
  categories.keepOneChildHome = keepOneChildHome(context, categories);
  categories.entrustmentMissing = entrustmentMissing(context, categories);
  categories.lowFeeCareEligible = lowFeeCareEligible(categories);
  categories.emptyNestPriority = emptyNestPriority(categories);
  const rural = livesInCountryside(context);
  categories.facilityPriority = facilityPriority(
    context,
    categories,
    rural,
    ageAtLeast(context, policy.parameters.elderMinimumAge),
  );
  if (policy.citations) {
    for (const [key, citation] of Object.entries(policy.citations)) {
      const result = categories[key as CategoryKey];
      if (result) categories[key as CategoryKey] = { ...result, citation };
    }
  }
  return { elderId: elder.id, asOf: options.asOf, policyId: policy.id, categories };
}

/**
 * Every category key, in the order results list them.
 *
 * @example
 * ```ts
 * CATEGORY_KEYS.length; // 22
 * ```
 * @category Eligibility
 */
export const CATEGORY_KEYS: readonly CategoryKey[] = [
  'leftBehindElder',
  'leftBehindScreeningScope',
  'emptyNestElder',
  'livesAlone',
  'solitaryElder',
  'advancedAge',
  'disabled',
  'semiDisabled',
  'minimumLivingAllowance',
  'extremeHardship',
  'fiveGuarantee',
  'threeNo',
  'economicHardship',
  'priorityTarget',
  'priorityAssistanceTarget',
  'trackContinuously',
  'immediateReport',
  'keepOneChildHome',
  'entrustmentMissing',
  'lowFeeCareEligible',
  'emptyNestPriority',
  'facilityPriority',
];
