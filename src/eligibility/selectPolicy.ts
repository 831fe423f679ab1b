import { GuanaiError, issue } from '../errors/index.js';
import { isWithinRegion, type PlainDate, type RegionCode, regionLevel } from '../models/index.js';
import { checkedAsOf, checkRegion, requireOptions } from './checkedInput.js';
import { parsedPolicy } from './parsedPolicy.js';
import type { Policy } from './policy.js';

const SPECIFICITY = { province: 1, city: 2, county: 3, township: 4, village: 5 } as const;

function specificity(policy: Policy): number {
  return policy.jurisdiction === 'national' ? 0 : SPECIFICITY[regionLevel(policy.jurisdiction)];
}

function applies(policy: Policy, region: RegionCode, asOf: PlainDate): boolean {
  const inForce =
    policy.validFrom <= asOf && (policy.validTo === undefined || asOf <= policy.validTo);
  return (
    inForce && (policy.jurisdiction === 'national' || isWithinRegion(region, policy.jurisdiction))
  );
}

/**
 * Options of `selectPolicy`: the place and the day.
 *
 * @example
 * ```ts
 * const options: SelectPolicyOptions = { region: elder.residence.villageCode, asOf: plainDate('2026-06-30') };
 * ```
 * @category Policies
 */
export interface SelectPolicyOptions {
  /** A division code: a village, or any wider place. */
  readonly region: RegionCode;
  /** The day the policy must be in force on. */
  readonly asOf: PlainDate;
}

/**
 * The policy in force for a place on a day: among the policies whose jurisdiction contains
 * `region` and whose span includes `asOf`, the most specific (village > township > county >
 * city > province > national), as checked: a policy from `parsePolicy` is returned as it is, one
 * written as data (a file's, say) as its checked form, which every classifier takes.
 * `undefined` when none is in force. Check a policy list once with
 * `validatePolicies`, which rejects overlapping or gapped spans for one jurisdiction.
 *
 * Throws {@link errors!GuanaiError} for `policies` that is not an array (`invalid_argument`), a
 * policy the schema rejects (its issues under `[i]`; each policy object is checked once, the
 * first time it is seen), and options without a real `asOf` or a division code as `region`.
 *
 * @example
 * ```ts
 * const policy = selectPolicy([DEFAULT_POLICY, shaoxing], { region: elder.residence.villageCode, asOf });
 * ```
 * @category Policies
 */
export function selectPolicy(
  policies: readonly Policy[],
  options: SelectPolicyOptions,
): Policy | undefined {
  if (!Array.isArray(policies)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'policies', rule: 'array' })]);
  }
  requireOptions(options);
  checkedAsOf(options.asOf);
  checkRegion(options.region, ['region']);
  // Chosen among the checked forms: a stored policy may name its span as before 1.0.
  const checked = policies.map((policy, index) => parsedPolicy(policy, [index]));
  return policyInForce(checked, options.region, options.asOf);
}

/**
 * {@link selectPolicy} on arguments already checked: a batch checks its policies and day once,
 * then asks per elder.
 * @internal
 */
export function policyInForce(
  policies: readonly Policy[],
  region: RegionCode,
  asOf: PlainDate,
): Policy | undefined {
  let best: Policy | undefined;
  for (const policy of policies) {
    if (!applies(policy, region, asOf)) continue;
    if (!best || specificity(policy) > specificity(best)) best = policy;
  }
  return best;
}
