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
 * Whether a rule is being evaluated for its explanation (`true`: reasons and missing facts are
 * built) or for its status alone (`false`: nothing is built, as when a whole ledger is counted).
 * @internal
 */
export interface Evaluation {
  readonly explain: boolean;
}

/** Every rule explained: what a single classification for people needs. @internal */
export const EXPLAINED: Evaluation = { explain: true };

/**
 * One evaluated condition: its status and, when explained, its reason and the facts that would
 * decide it while it is `unknown`.
 * @internal
 */
export interface Condition {
  readonly status: Tri;
  readonly reason?: Reason;
  readonly missing: readonly string[];
}

const NOTHING: readonly string[] = Object.freeze([]);

/** Conditions and results of a status-only evaluation carry nothing: one shared value per status. */
const BARE_CONDITIONS: Readonly<Record<Tri, Condition>> = {
  yes: { status: 'yes', missing: NOTHING },
  no: { status: 'no', missing: NOTHING },
  unknown: { status: 'unknown', missing: NOTHING },
};

function bareResult(status: Tri): CategoryResult {
  return { status, reasons: [], missing: NOTHING, citation: { spec: '' } };
}

const BARE_RESULTS: Readonly<Record<Tri, CategoryResult>> = {
  yes: bareResult('yes'),
  no: bareResult('no'),
  unknown: bareResult('unknown'),
};

/** Build a condition; in a status-only evaluation only its status is kept. @internal */
export function condition<C extends ReasonCode>(
  evaluation: Evaluation,
  code: C,
  status: Tri,
  params: ReasonParams[C],
  missing: readonly string[] = NOTHING,
): Condition {
  if (!evaluation.explain) return BARE_CONDITIONS[status];
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
  evaluation: Evaluation,
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
  return resultOf(evaluation, category, status, conditions);
}

/**
 * A result whose status was combined by the caller (a rule with nested and/or), listing every
 * condition and, while `unknown`, the facts the undecided ones need.
 * @internal
 */
export function resultOf(
  evaluation: Evaluation,
  category: RuleKey,
  status: Tri,
  conditions: readonly Condition[],
): CategoryResult {
  if (!evaluation.explain) return BARE_RESULTS[status];
  const reasons: Reason[] = [];
  let missing: string[] = [];
  for (const c of conditions) {
    if (c.reason) reasons.push(c.reason);
    if (status === 'unknown' && c.status === 'unknown') missing.push(...c.missing);
  }
  if (missing.length > 1) missing = [...new Set(missing)];
  return { status, reasons, missing, citation: RULE_CITATIONS[category] };
}

/** A condition that another category's result holds, carrying its missing facts. @internal */
export function categoryCondition(
  evaluation: Evaluation,
  category: CategoryKey,
  result: CategoryResult,
): Condition {
  if (!evaluation.explain) return BARE_CONDITIONS[result.status];
  return condition(evaluation, 'category', result.status, { category }, result.missing);
}

/** A condition that any of several categories holds. @internal */
export function anyCategoryCondition(
  evaluation: Evaluation,
  results: Readonly<Partial<Record<CategoryKey, CategoryResult>>>,
): Condition {
  let status: Tri = 'no';
  for (const key in results) {
    const result = results[key as CategoryKey];
    if (result?.status === 'yes') {
      status = 'yes';
      break;
    }
    if (result?.status === 'unknown') status = 'unknown';
  }
  if (!evaluation.explain) return BARE_CONDITIONS[status];
  const categories: CategoryKey[] = [];
  const holding: CategoryKey[] = [];
  // Missing facts matter only while the answer is open: collect them only then.
  const missing: string[] = [];
  for (const key in results) {
    const result = results[key as CategoryKey];
    if (!result) continue;
    categories.push(key as CategoryKey);
    if (result.status === 'yes') holding.push(key as CategoryKey);
    if (status === 'unknown') missing.push(...result.missing);
  }
  return condition(evaluation, 'any_category', status, { categories, holding }, missing);
}
