import { RULE_CITATIONS } from './citations.js';
import type {
  CategoryKey,
  CategoryResult,
  Reason,
  ReasonCode,
  ReasonParams,
  RuleKey,
} from './reason.js';
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
}

const NOTHING: readonly string[] = Object.freeze([]);

/** The parameters of a reason that has none, shared (frozen). @internal */
export const NO_PARAMS: Record<string, never> = Object.freeze({});

/** A frozen list of missing-fact paths, for a condition's constant paths built once. @internal */
export function pathList(...paths: string[]): readonly string[] {
  return Object.freeze(paths);
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
  const missing: string[] = [];
  for (const c of conditions) {
    if (c.reason) reasons.push(c.reason);
    if (status === 'unknown' && c.status === 'unknown') addNew(missing, c.missing);
  }
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
  return condition('category', result.status, { category }, result.missing);
}

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
  const holding: CategoryKey[] = [];
  for (let i = 0; i < keys.length; i++) {
    const found = results[i]?.status;
    if (found === 'yes') {
      status = 'yes';
      holding.push(keys[i] as CategoryKey);
    } else if (found === 'unknown' && status === 'no') status = 'unknown';
  }
  // Missing facts matter only while the answer is open: collect them only then.
  const missing: string[] = [];
  if (status === 'unknown')
    for (const result of results) for (const path of result.missing) missing.push(path);
  return condition('any_category', status, { categories: keys, holding }, missing);
}

/** The categories of an {@link anyCategoryCondition}, frozen: every result shares the list. @internal */
export function categoryList(...keys: CategoryKey[]): readonly CategoryKey[] {
  return Object.freeze(keys);
}
