import { CATEGORY_KEYS, type CategoryKey } from '../eligibility/index.js';

/**
 * The categories ledger facts decide: every category of the classifier but the two that events
 * decide (an incident to report at once, a mutual-aid group's report — follow-up opens cases for
 * those). What a 台账 follows over time and what verification asks about, by default. Our
 * choice; both take their own list.
 * @example
 * ```ts
 * FACT_CATEGORIES.includes('leftBehindElder'); // true
 * FACT_CATEGORIES.includes('immediateReport'); // false
 * ```
 * @category Fact updates
 */
export const FACT_CATEGORIES: readonly CategoryKey[] = /* @__PURE__ */ CATEGORY_KEYS.filter(
  (key) => key !== 'immediateReport' && key !== 'mutualAidReport',
);
