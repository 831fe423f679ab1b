import type { CategoryKey } from './reason.js';

/**
 * Every category key, in the order results list them.
 *
 * @example
 * ```ts
 * CATEGORY_KEYS.length; // 24
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
  'poor',
  'priorityTarget',
  'priorityAssistanceTarget',
  'trackContinuously',
  'immediateReport',
  'keepOneChildHome',
  'entrustmentMissing',
  'lowFeeCareEligible',
  'emptyNestPriority',
  'facilityPriority',
  'mutualAidReport',
];
