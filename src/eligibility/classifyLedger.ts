import { GuanaiError, issue, prefixIssues } from '../errors/index.js';
import { type AreaEntry, Elder, type RegionCode } from '../models/index.js';
import { checkedAsOf, checkedPolicy, checkRegion, requireOptions } from './checkedInput.js';
import {
  type ClassifyOptions,
  decideUnderPolicy,
  type StatusClassification,
} from './classifyElder.js';
import { type StatusCodes, statusCodes } from './decideStatuses.js';
import { LedgerTally } from './ledgerTally.js';
import type { Policy } from './policy.js';
import type { CategoryKey } from './reason.js';
import { diagnosed } from './schemaDiagnosis.js';
import { policyInForce } from './selectPolicy.js';
import { SharedStatuses } from './sharedStatuses.js';
import type { Tri } from './tri.js';

/**
 * How many elders answer yes, no and unknown for one category.
 * @category Eligibility
 */
export type StatusCounts = Record<Tri, number>;

/**
 * Counts for every category.
 * @category Eligibility
 */
export type CategoryCounts = Readonly<Record<CategoryKey, StatusCounts>>;

/**
 * The counts of one place of the area tree (county, township or village): the 「数量规模、基本
 * 分布」 a county must know (spec §7 · S14 L379).
 * @category Eligibility
 */
export interface AreaCounts {
  readonly code: RegionCode;
  readonly level: 'county' | 'township' | 'village';
  /** The place's name, when an area index was given. */
  readonly name?: string;
  readonly elders: number;
  readonly categories: CategoryCounts;
}

/**
 * Options of {@link classifyLedger}: those of `classifyElder`, or a list of policies from which
 * each elder gets the one in force for their village (see {@link selectPolicy}).
 * @category Eligibility
 */
export interface ClassifyLedgerOptions
  extends Omit<ClassifyOptions, 'policy' | 'incidents' | 'majorEvents' | 'mutualAidGroups'> {
  /** One policy for every elder (default `DEFAULT_POLICY`). */
  readonly policy?: Policy;
  /** Policies to choose from per village with `selectPolicy`; when given, `policy` is not used. */
  readonly policies?: readonly Policy[];
  /** Names for the area rows (from `indexAreas(county)`). */
  readonly areas?: ReadonlyMap<RegionCode, AreaEntry>;
}

/**
 * A classified ledger: every elder's statuses, totals, counts by area, and the elders for whom
 * no policy was in force (only with `policies`). The explanation of one elder's answer comes
 * from `classifyElder` when someone opens that record: explanations for a whole county would
 * take far more memory and time than the counts need.
 * @example
 * ```ts
 * const { totals, results }: LedgerClassification = classifyLedger(ledger.elders, { asOf });
 * totals.emptyNestElder; // { yes, no, unknown }
 * results.filter((r) => r.statuses.emptyNestElder === 'yes').map((r) => r.elderId);
 * ```
 * @category Eligibility
 */
export interface LedgerClassification {
  /**
   * One result per classified elder, in ledger order. Elders with the same answers share one
   * frozen `statuses` record (a county has a few thousand combinations, not one per elder).
   */
  readonly results: readonly StatusClassification[];
  readonly totals: CategoryCounts;
  /** One row per county, township and village, in code order (each township before its villages). */
  readonly byArea: readonly AreaCounts[];
  readonly withoutPolicy: readonly Elder['id'][];
}

/**
 * Classify a whole ledger (statuses, as {@link classifyStatuses} decides them) and count: per category (yes / no / unknown) for the whole ledger and
 * for each county, township and village — ready for the county overview 「数量规模、基本分布、
 * 主要特征」 (spec §7). With `policies`, each elder is classified under the policy in force for
 * their village on `asOf`; elders with none are listed in `withoutPolicy`, not dropped silently.
 *
 * The options are checked once for the batch (as `classifyElder` checks them: a policy not
 * checked by `parsePolicy` is `policy_unchecked`; each of `policies` under `['policies', i]`),
 * `elders` must be an array (`invalid_argument`), and an
 * elder that was not validated and makes classification fail throws {@link errors!GuanaiError}
 * with its issues under its index (`[i, 'birthDate']`, say).
 *
 * @example
 * ```ts
 * const { totals, byArea } = classifyLedger(ledger.elders, { asOf: plainDate('2026-06-30'), areas: indexAreas(county) });
 * totals.leftBehindElder; // { yes: 1028, no: 946, unknown: 26 }
 * byArea.filter((row) => row.level === 'village').map((row) => [row.name, row.categories.leftBehindElder.yes]);
 * ```
 * @category Eligibility
 */
export function classifyLedger(
  elders: readonly Elder[],
  options: ClassifyLedgerOptions,
): LedgerClassification {
  if (!Array.isArray(elders)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'elders', rule: 'array' })]);
  }
  requireOptions(options);
  const asOf = checkedAsOf(options.asOf);
  const single = checkedPolicy(options.policy, ['policy']);
  const policies = checkedPolicies(options.policies);
  const results: StatusClassification[] = [];
  const withoutPolicy: Elder['id'][] = [];
  const tally = new LedgerTally();
  const codes = statusCodes();
  const records = new SharedStatuses();
  const batchOptions: ClassifyOptions = { asOf };
  for (let index = 0; index < elders.length; index++) {
    const elder = elders[index] as Elder;
    let village: RegionCode;
    let policy: Policy | undefined;
    try {
      village = elder.residence.villageCode;
      if (policies) checkRegion(village, ['region']);
      policy = policies ? policyInForce(policies, village, asOf) : single;
    } catch (error) {
      throw diagnosed(error, Elder, elder, 'elders', [index]);
    }
    if (!policy) {
      withoutPolicy.push(elder.id);
      continue;
    }
    decideInBatch(elder, index, batchOptions, policy, codes);
    const statuses = records.of(codes);
    results.push({ elderId: elder.id, asOf, policyId: policy.id, statuses });
    tally.add(village, codes);
  }
  return { results, totals: tally.totals(), byArea: tally.byArea(options.areas), withoutPolicy };
}

/**
 * The policies option: absent, or the checked form of each policy, chosen among by those forms
 * (a stored policy may name its span as before 1.0).
 */
function checkedPolicies(policies: unknown): readonly Policy[] | undefined {
  if (policies === undefined) return undefined;
  if (!Array.isArray(policies)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'policies', rule: 'array' })]);
  }
  return policies.map((policy, index) => checkedPolicy(policy, ['policies', index], true));
}

/** One elder's statuses into `codes`, with a failure reported under the elder's index. */
function decideInBatch(
  elder: Elder,
  index: number,
  options: ClassifyOptions,
  policy: Policy,
  codes: StatusCodes,
): void {
  try {
    decideUnderPolicy(elder, options, policy, codes);
  } catch (error) {
    if (!(error instanceof GuanaiError)) throw error;
    throw new GuanaiError(prefixIssues(error.issues, [index]), { cause: error });
  }
}
