import * as z from 'zod';
import { GuanaiError, issue, prefixIssues } from '../errors/index.js';
import { safeParse } from '../models/index.js';
import { FollowUpBody } from './party.js';

/**
 * Who acts on a referral in one state, and within how many days of entering it.
 *
 * @example
 * ```ts
 * ReferralStep.parse({ owner: 'townshipGovernment', days: 20, source: '县民政局通知' });
 * ```
 * @category Referrals
 */
export const ReferralStep = /* @__PURE__ */ z.strictObject({
  /** The body of the elder's own area that acts (its village, township or county). */
  owner: FollowUpBody,
  /** The deadline, in days after the state was entered (the due day is that many days later). */
  days: z.int().min(0).max(3660),
  source: z.string().trim().min(1).max(200),
});
/** @category Referrals */
export type ReferralStep = z.infer<typeof ReferralStep>;

/**
 * The steps of a referral that wait on someone: a `suggested` referral waits for the
 * application to be filed, an `applied` one for the review and decision.
 *
 * @example
 * ```ts
 * const steps = ReferralSteps.parse({
 *   ...DEFAULT_REFERRAL_STEPS,
 *   applied: { ...DEFAULT_REFERRAL_STEPS.applied, days: 45 },
 * });
 * ```
 * @category Referrals
 */
export const ReferralSteps = /* @__PURE__ */ z.strictObject({
  suggested: ReferralStep,
  applied: ReferralStep,
});
/** @category Referrals */
export type ReferralSteps = z.infer<typeof ReferralSteps>;

/**
 * The default steps: a suggested referral → the village committee helps the elder apply
 * within 30 days (spec §3.2 · S14 L379: the village committee's 专人 「为留守老年人提供相应援助
 * 服务」); an application → the township government reviews it (乡镇审核) within 30 days
 * (spec §3.9 · S14 L379: the township 「依据有关要求和分工实施关爱救助」). The texts give no
 * deadline in days (spec §2, §11 #20): both 30-day limits are guanai's choice, a month being
 * the rhythm of the village cadre's contacts (spec §5 K02). A county with its own limits, or a
 * programme that the county decides, passes its own (per rule: `ReferralRule.steps`).
 *
 * @example
 * ```ts
 * DEFAULT_REFERRAL_STEPS.applied.owner; // 'townshipGovernment'
 * ```
 * @category Referrals
 */
export const DEFAULT_REFERRAL_STEPS: ReferralSteps = {
  suggested: { owner: 'villageCommittee', days: 30, source: 'spec §3.2 · S14 L379' },
  applied: { owner: 'townshipGovernment', days: 30, source: 'spec §3.9 · S14 L379' },
};

/** Step objects seen, checked once each. */
const checkedObjects = /* @__PURE__ */ new WeakSet<object>([DEFAULT_REFERRAL_STEPS]);

/**
 * The `steps` option checked (the default when absent), or a thrown {@link GuanaiError} with
 * the schema's issues under `['steps']`.
 * @internal
 */
export function checkedSteps(steps: unknown): ReferralSteps {
  if (steps === undefined) return DEFAULT_REFERRAL_STEPS;
  if (typeof steps !== 'object' || steps === null || Array.isArray(steps))
    throw new GuanaiError([
      issue('invalid_argument', ['steps'], { name: 'steps', rule: 'object' }),
    ]);
  if (checkedObjects.has(steps)) return steps as ReferralSteps;
  const result = safeParse(ReferralSteps, steps);
  if (!result.ok) throw new GuanaiError(prefixIssues(result.issues, ['steps']));
  checkedObjects.add(steps);
  return result.value;
}
