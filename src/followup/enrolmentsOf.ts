import { arrayIssue, diagnosed, elementsIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { ElderId, Enrolment } from '../models/index.js';
import type { Referral, ReferralState } from './referral.js';

/**
 * The entry of an elder's `benefits` (Elder.benefits) that one referral stands for.
 * @category Referrals
 */
export interface ReferralEnrolment {
  readonly elderId: ElderId;
  readonly referralId: string;
  readonly enrolment: Enrolment;
}

/** The ledger's word for each referral state. */
const STATUS: Readonly<Record<ReferralState, Enrolment['status']>> = {
  suggested: 'referred',
  applied: 'referred',
  approved: 'enrolled',
  refused: 'rejected',
  // Withdrawn, the programme is open again: nobody decided the elder's case.
  withdrawn: 'notAssessed',
};

/**
 * The `benefits` entries the app writes back to the ledger so that it and the referrals agree:
 * for each elder and programme, from the latest round of its referral — suggested or applied →
 * `referred` (since the suggestion), approved → `enrolled`, refused → `rejected`, withdrawn →
 * `notAssessed` (each since the day of that decision). The app replaces the elder's entry for
 * the programme with it. `suggestReferrals` then suggests nothing the ledger records as
 * `referred` or `enrolled`; it needs the referrals themselves to wait after a withdrawal.
 *
 * Throws {@link errors!GuanaiError}: `invalid_argument` when `referrals` is not a list,
 * `invalid_type` at the path of a referral that is not one.
 *
 * @example
 * ```ts
 * for (const { elderId, enrolment } of enrolmentsOf(referrals)) {
 *   const elder = byId.get(elderId);
 *   elder.benefits = [...elder.benefits.filter((b) => b.programme !== enrolment.programme), enrolment];
 * }
 * ```
 * @category Referrals
 */
export function enrolmentsOf(referrals: readonly Referral[]): ReferralEnrolment[] {
  throwIssues([arrayIssue(referrals, 'referrals')]);
  return diagnosed(
    'enrolmentsOf',
    () => enrolmentsChecked(referrals),
    () =>
      elementsIssue(referrals, 'referrals', {
        id: 'string',
        elderId: 'string',
        programme: 'string',
        round: 'number',
        state: 'string',
        history: 'array',
      }),
  );
}

function enrolmentsChecked(referrals: readonly Referral[]): ReferralEnrolment[] {
  const latest = new Map<string, Referral>();
  for (const referral of referrals) {
    const key = `${referral.elderId}\u0000${referral.programme}`;
    const known = latest.get(key);
    if (!known || referral.round > known.round) latest.set(key, referral);
  }
  return [...latest.values()].map((referral) => {
    const status = STATUS[referral.state];
    const since = status === 'referred' ? referral.history[0]?.on : referral.history.at(-1)?.on;
    const enrolment: Enrolment =
      since === undefined
        ? { programme: referral.programme, status }
        : { programme: referral.programme, status, since };
    return { elderId: referral.elderId, referralId: referral.id, enrolment };
  });
}
