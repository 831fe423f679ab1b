import { RULE_CITATIONS } from './citations.js';
import type {
  CategoryKey,
  CategoryResult,
  Reason,
  ReasonCode,
  ReasonParams,
  RuleKey,
} from './reason.js';
import { nextSharedId, remember, sharedKey, sharedResult } from './sharedResults.js';
import type { Tri } from './tri.js';

/**
 * One evaluated condition: its status, its reason and the facts that would decide it while it
 * is `unknown`.
 * @internal
 */
export interface Condition {
  readonly status: Tri;
  readonly reason?: Reason;
  readonly missing: readonly string[];
  /** Above 0 for a condition shared by every elder it fits (numbered once built), else 0. */
  readonly sharedId: number;
}

/** No missing facts, shared (frozen). @internal */
export const NOTHING: readonly string[] = Object.freeze([]);

/** The parameters of a reason that has none, shared (frozen). @internal */
export const NO_PARAMS: Record<string, never> = Object.freeze({});

/** A frozen list of missing-fact paths, for a condition's constant paths built once. @internal */
export function pathList(...paths: string[]): readonly string[] {
  return Object.freeze(paths);
}

/**
 * A condition built once and shared by every elder it fits (the caller keeps it): frozen with
 * its reason, parameters and paths. Its reason must depend on nothing but what is passed.
 * A category made only of shared conditions has one shared result per combination of them.
 * @internal
 */
export function sharedCondition<C extends ReasonCode>(
  code: C,
  status: Tri,
  params: ReasonParams[C],
  missing: readonly string[] = NOTHING,
): Condition {
  Object.freeze(params);
  const reason = Object.freeze({ code, status, params }) as Reason;
  const kept = status === 'unknown' ? Object.freeze(missing) : NOTHING;
  return Object.freeze({ status, reason, missing: kept, sharedId: nextSharedId() });
}

/** Build a condition: its status, its reason, and while `unknown` the facts that would decide it. @internal */
export function condition<C extends ReasonCode>(
  code: C,
  status: Tri,
  params: ReasonParams[C],
  missing: readonly string[] = NOTHING,
): Condition {
  return {
    status,
    reason: { code, status, params } as Reason,
    missing: status === 'unknown' ? missing : NOTHING,
    sharedId: 0,
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
  let status: Tri = combine === 'all' ? 'yes' : 'no';
  const deciding: Tri = combine === 'all' ? 'no' : 'yes';
  for (const c of conditions) {
    if (c.status === deciding) {
      status = deciding;
      break;
    }
    if (c.status === 'unknown') status = 'unknown';
  }
  return sharedOrFresh(category, status, conditions);
}

/**
 * {@link resultOf}, shared when every condition is: conditions that read alike for every elder
 * make a result that does too, built once. `status` must follow from the conditions alone.
 * @internal
 */
export function sharedOrFresh(
  category: RuleKey,
  status: Tri,
  conditions: readonly Condition[],
): CategoryResult {
  const key = sharedKey(conditions);
  if (key === 0) return resultOf(category, status, conditions);
  return (
    sharedResult(category, key) ?? remember(category, key, resultOf(category, status, conditions))
  );
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
  for (const c of conditions) if (c.reason) reasons.push(c.reason);
  // Decided: nothing is missing, and the empty list is shared (frozen).
  if (status !== 'unknown')
    return { status, reasons, missing: NOTHING, citation: RULE_CITATIONS[category] };
  const missing: string[] = [];
  for (const c of conditions) if (c.status === 'unknown') addNew(missing, c.missing);
  return { status, reasons, missing, citation: RULE_CITATIONS[category] };
}

/** Up to how many paths a scan finds duplicates faster than a set. */
const SHORT_LIST = 32;

/** Append the paths of `more` not yet in `paths`, in order. */
function addNew(paths: string[], more: readonly string[]): void {
  // A scan while the lists are short (most are); a set once long: an elder may have thousands of
  // children, each with its missing facts, and scanning for each would take quadratic time.
  if (paths.length + more.length <= SHORT_LIST) {
    for (const path of more) if (!paths.includes(path)) paths.push(path);
    return;
  }
  const seen = new Set(paths);
  for (const path of more) {
    if (seen.has(path)) continue;
    seen.add(path);
    paths.push(path);
  }
}

/** A condition that another category's result holds, carrying its missing facts. @internal */
export function categoryCondition(category: CategoryKey, result: CategoryResult): Condition {
  const { status } = result;
  if (status === 'unknown') return condition('category', status, { category }, result.missing);
  // Decided, it names only the category and its answer: one shared condition each.
  const decided = status === 'yes' ? CATEGORY_YES : CATEGORY_NO;
  let shared = decided.get(category);
  if (!shared) {
    shared = sharedCondition('category', status, { category });
    decided.set(category, shared);
  }
  return shared;
}

/** The shared conditions "category x is decided yes / no", by category (at most 24 each). */
const CATEGORY_YES = new Map<CategoryKey, Condition>();
const CATEGORY_NO = new Map<CategoryKey, Condition>();

/**
 * A condition that any of several categories holds: the categories `keys` names (a list built
 * once, frozen: it becomes the reason's `categories`), with their results in the same order.
 * @internal
 */
export function anyCategoryCondition(
  keys: readonly CategoryKey[],
  results: readonly CategoryResult[],
): Condition {
  let status: Tri = 'no';
  // Bit i: the i-th category holds (a handful of keys: the mask is small).
  let mask = 0;
  for (let i = 0; i < keys.length; i++) {
    const found = results[i]?.status;
    if (found === 'yes') {
      status = 'yes';
      mask |= 1 << i;
    } else if (found === 'unknown' && status === 'no') status = 'unknown';
  }
  // Decided, it names only the categories that hold: one shared condition per mask.
  if (status !== 'unknown') return decidedAnyCategory(keys, mask, status);
  // Missing facts matter only while the answer is open.
  const missing: string[] = [];
  for (const result of results) for (const path of result.missing) missing.push(path);
  return condition('any_category', status, { categories: keys, holding: [] }, missing);
}

/** The shared decided conditions of each list of categories, by the mask of those that hold. */
const anyCategoryConditions = new WeakMap<readonly CategoryKey[], Map<number, Condition>>();

function decidedAnyCategory(keys: readonly CategoryKey[], mask: number, status: Tri): Condition {
  let byMask = anyCategoryConditions.get(keys);
  if (!byMask) {
    byMask = new Map();
    anyCategoryConditions.set(keys, byMask);
  }
  let found = byMask.get(mask);
  if (!found) {
    const holding = Object.freeze(keys.filter((_, i) => (mask & (1 << i)) !== 0));
    found = sharedCondition('any_category', status, { categories: keys, holding });
    byMask.set(mask, found);
  }
  return found;
}

/** The categories of an {@link anyCategoryCondition}, frozen: every result shares the list. @internal */
export function categoryList(...keys: CategoryKey[]): readonly CategoryKey[] {
  return Object.freeze(keys);
}
