import { RULE_CITATIONS } from './citations.js';
import type {
  CategoryKey,
  CategoryResult,
  Reason,
  ReasonCode,
  ReasonParams,
  RuleKey,
} from './reason.js';
import { allOf, anyOf, type Tri } from './tri.js';

/** One evaluated condition and the facts that would decide it when it is `unknown`. @internal */
export interface Condition {
  readonly reason: Reason;
  readonly missing: readonly string[];
}

/** Build a condition. @internal */
export function condition<C extends ReasonCode>(
  code: C,
  status: Tri,
  params: ReasonParams[C],
  missing: readonly string[] = [],
): Condition {
  return {
    reason: { code, status, params } as Reason,
    missing: status === 'unknown' ? missing : [],
  };
}

/**
 * A category's result from its conditions, all of which must hold (`all`) or any one (`any`).
 * Missing facts are listed only while the answer is `unknown`.
 * @internal
 */
export function conclude(
  category: RuleKey,
  conditions: readonly Condition[],
  combine: 'all' | 'any',
): CategoryResult {
  const statuses = conditions.map((c) => c.reason.status);
  const status = combine === 'all' ? allOf(statuses) : anyOf(statuses);
  return resultOf(category, status, conditions);
}

/**
 * A result whose status was combined by the caller (a rule with nested and/or), listing every
 * condition and, while `unknown`, the facts the undecided ones need.
 * @internal
 */
export function resultOf(
  category: RuleKey,
  status: Tri,
  conditions: readonly Condition[],
): CategoryResult {
  const reasons: Reason[] = [];
  let missing: string[] = [];
  for (const c of conditions) {
    reasons.push(c.reason);
    if (status === 'unknown' && c.reason.status === 'unknown') missing.push(...c.missing);
  }
  if (missing.length > 1) missing = [...new Set(missing)];
  return { status, reasons, missing, citation: RULE_CITATIONS[category] };
}

/** A condition that another category's result holds, carrying its missing facts. @internal */
export function categoryCondition(category: CategoryKey, result: CategoryResult): Condition {
  return condition('category', result.status, { category }, result.missing);
}

/** A condition that any of several categories holds. @internal */
export function anyCategoryCondition(
  results: Readonly<Partial<Record<CategoryKey, CategoryResult>>>,
): Condition {
  const categories: CategoryKey[] = [];
  const holding: CategoryKey[] = [];
  let status: Tri = 'no';
  for (const key in results) {
    const result = results[key as CategoryKey];
    if (!result) continue;
    categories.push(key as CategoryKey);
    if (result.status === 'yes') {
      holding.push(key as CategoryKey);
      status = 'yes';
    } else if (result.status === 'unknown' && status === 'no') status = 'unknown';
  }
  // Missing facts matter only while the answer is open: collect them only then.
  const missing: string[] = [];
  if (status === 'unknown')
    for (const key of categories) missing.push(...(results[key]?.missing ?? []));
  return condition('any_category', status, { categories, holding }, missing);
}
